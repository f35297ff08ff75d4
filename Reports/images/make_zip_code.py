"""Makes zip-code.jpg: the ZIP code 90210 written by hand with a felt pen on paper, as a phone would photograph it.

The machine this was made on has no camera, so the "photo" is rendered: each digit is a pen path (smooth curves
through points of a hand-drawn design, every point and the pen's pressure jittered), written slanted and unevenly
spaced with one pair of digits close enough to touch, on slightly yellowed paper with fibres, under uneven light
(a gradient and a soft shadow), turned a little, blurred as a phone lens would, with sensor noise, saved as JPEG.
Deterministic: python3 make_zip_code.py (Pillow and NumPy).
"""
import os
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pen import catmull_rom  # noqa: E402

rng = np.random.default_rng(90210)
W, H = 1600, 700
S = 4  # drawing at 4x, then reduced: smooth strokes

# Each digit: strokes of (x, y) points in a 100 x 160 box, drawn through with Catmull-Rom curves.
DIGITS = {
    "9": [[(78, 48), (62, 18), (34, 14), (16, 36), (20, 66), (46, 78), (72, 62), (80, 40), (78, 90), (70, 130), (58, 156)]],
    "0": [[(50, 8), (20, 30), (10, 80), (20, 132), (50, 154), (80, 132), (90, 80), (80, 28), (50, 8), (36, 16)]],
    "2": [[(14, 44), (30, 14), (62, 8), (84, 30), (80, 62), (52, 100), (18, 146), (50, 144), (90, 148)]],
    "1": [[(28, 38), (50, 14), (54, 60), (52, 110), (50, 156)]],
}


ink = Image.new("L", (W * S, H * S), 0)
draw = ImageDraw.Draw(ink)
x = 190.0
gaps = [50, 56, -18, 64]  # the 2 and the 1 touch
for index, digit in enumerate("90210"):
    scale = rng.uniform(2.0, 2.2)
    slant = rng.uniform(0.12, 0.25)
    top = 190 + rng.uniform(-18, 18)
    for stroke in DIGITS[digit]:
        jittered = [(px + rng.normal(0, 2.2), py + rng.normal(0, 2.2)) for px, py in stroke]
        path = catmull_rom(jittered)
        pressure = 11 + rng.normal(0, 0.8)
        for (ax, ay), (bx, by) in zip(path, path[1:]):
            def place(px, py):
                return ((x + (px + slant * (160 - py)) * scale) * S, (top + py * scale) * S)
            width = max(5.0, pressure + 2.5 * np.sin(ay / 25) + rng.normal(0, 0.4)) * S
            a, b = place(ax, ay), place(bx, by)
            draw.line([a, b], fill=255, width=int(width))
            r = width / 2
            draw.ellipse([b[0] - r, b[1] - r, b[0] + r, b[1] + r], fill=255)
    widest = max(px + slant * 160 for stroke in DIGITS[digit] for px, _ in stroke)
    x += widest * scale + (gaps[index] if index < len(gaps) else 0)

ink = ink.resize((W, H), Image.LANCZOS).filter(ImageFilter.GaussianBlur(1.2))
amount = np.asarray(ink, dtype=float) / 255 * rng.uniform(0.82, 0.9)

yy, xx = np.mgrid[0:H, 0:W]
light = 232 - 26 * (xx / W) - 14 * (yy / H) - 38 * np.exp(-(((xx - 1350) / 260) ** 2 + ((yy - 620) / 180) ** 2))
fibres = np.asarray(Image.fromarray(rng.normal(0, 1, (H // 4, W // 4)).astype(np.float32)).resize((W, H), Image.BICUBIC))
paper = light + 3.5 * fibres
pen = 38.0
grey = paper - (paper - pen) * amount
rgb = np.stack([grey * 1.0, grey * 0.985, grey * 0.93], axis=-1) + rng.normal(0, 3.0, (H, W, 3))
photo = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB").rotate(-2.2, resample=Image.BICUBIC, fillcolor=(92, 84, 74))
photo.filter(ImageFilter.GaussianBlur(0.6)).save("zip-code.jpg", quality=88)
