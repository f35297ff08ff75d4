"""Makes the upload page's ten example images (Sources/Server/Assets/examples/digit-N.png): each digit 0 to 9 written
by hand with a pen on light paper, as a small photo would show it.

The digits are pen paths (smooth curves through the points of a hand-drawn design, each point and the pen's pressure
jittered), slanted a little, on paper with a soft gradient; 96 x 128 pixels, grey. Not MNIST's digits: made here, so
the repository holds no dataset file. Deterministic: python3 make_examples.py (Pillow and NumPy).
"""
import os
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pen import catmull_rom  # noqa: E402

rng = np.random.default_rng(2026)
W, H, S = 96, 128, 4

# Each digit: strokes of (x, y) points in a 100 x 160 box, drawn through with Catmull-Rom curves.
DIGITS = {
    "0": [[(50, 8), (20, 30), (10, 80), (20, 132), (50, 154), (80, 132), (90, 80), (80, 28), (50, 8), (36, 16)]],
    "1": [[(28, 38), (50, 14), (54, 60), (52, 110), (50, 156)]],
    "2": [[(14, 44), (30, 14), (62, 8), (84, 30), (80, 62), (52, 100), (18, 146), (50, 144), (90, 148)]],
    "3": [[(16, 30), (40, 10), (72, 12), (82, 40), (62, 70), (40, 76)], [(40, 76), (74, 86), (86, 118), (66, 148), (34, 152), (12, 136)]],
    "4": [[(64, 10), (40, 60), (12, 104), (56, 104), (92, 102)], [(68, 52), (66, 100), (64, 156)]],
    "5": [[(82, 12), (30, 12), (24, 70), (54, 62), (82, 82), (84, 122), (58, 150), (30, 148), (14, 132)]],
    "6": [[(74, 12), (44, 34), (20, 80), (16, 124), (40, 152), (70, 142), (82, 112), (66, 88), (38, 90), (20, 110)]],
    "7": [[(12, 16), (50, 12), (88, 14), (70, 60), (52, 108), (44, 156)], [(34, 84), (78, 80)]],
    "8": [[(66, 22), (46, 10), (22, 26), (26, 56), (52, 76), (80, 100), (78, 140), (50, 154), (20, 138), (22, 104), (52, 76),
           (76, 54), (78, 28), (62, 14)]],
    "9": [[(78, 48), (62, 18), (34, 14), (16, 36), (20, 66), (46, 78), (72, 62), (80, 40), (78, 90), (70, 130), (58, 156)]],
}


folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "Server", "Assets", "examples")
os.makedirs(folder, exist_ok=True)
for digit, strokes in DIGITS.items():
    ink = Image.new("L", (W * S, H * S), 0)
    draw = ImageDraw.Draw(ink)
    scale, slant = 0.62 * S, rng.uniform(0.05, 0.18)
    left, top = (W * S - 100 * scale) / 2 - slant * 80 * scale, (H * S - 160 * scale) / 2
    for stroke in strokes:
        path = catmull_rom([(px + rng.normal(0, 2.0), py + rng.normal(0, 2.0)) for px, py in stroke])
        pressure = 10 + rng.normal(0, 0.7)
        for (ax, ay), (bx, by) in zip(path, path[1:]):
            def place(px, py):
                return (left + (px + slant * (160 - py)) * scale, top + py * scale)
            width = max(6.0, pressure + 2 * np.sin(ay / 25)) * scale / 2.2
            a, b = place(ax, ay), place(bx, by)
            draw.line([a, b], fill=255, width=int(width))
            r = width / 2
            draw.ellipse([b[0] - r, b[1] - r, b[0] + r, b[1] + r], fill=255)
    amount = np.asarray(ink.resize((W, H), Image.LANCZOS).filter(ImageFilter.GaussianBlur(0.5)), dtype=float) / 255
    yy, xx = np.mgrid[0:H, 0:W]
    paper = 238 - 14 * (xx / W) - 10 * (yy / H) + rng.normal(0, 1.5, (H, W))
    grey = paper - (paper - 40) * amount * 0.9
    Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L").save(os.path.join(folder, f"digit-{digit}.png"), optimize=True)
print("wrote", len(DIGITS), "examples to", os.path.normpath(folder))
