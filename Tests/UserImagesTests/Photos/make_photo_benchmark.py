"""Builds a benchmark of "photos" of handwritten digits from MNIST test digits, in the ImageFolder layout.

Each MNIST test digit is enlarged, turned dark-on-light, and placed in one of the conditions that real photos of
digits meet: plain paper; a sheet of paper on a darker desk; a lighting gradient; a noisy background; a thin pen;
low-contrast grey paper; a card on a transparent margin (RGBA); a 16-bit PNG. Deterministic from the seed.

Usage: python3 make_photo_benchmark.py MNIST_DIR OUT_DIR [COUNT]   (needs numpy, scipy and Pillow)
Then: digitbook evaluate --run RUN --images OUT_DIR/CONDITION --out EVAL   for each condition.
"""
import gzip
import sys
from pathlib import Path

import numpy as np
from PIL import Image
from scipy import ndimage

mnist, out = Path(sys.argv[1]), Path(sys.argv[2])
count = int(sys.argv[3]) if len(sys.argv) > 3 else 200
raw = gzip.open(mnist / "t10k-images-idx3-ubyte.gz").read()
images = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(-1, 28, 28)[:count]
labels = np.frombuffer(gzip.open(mnist / "t10k-labels-idx1-ubyte.gz").read(), dtype=np.uint8, offset=8)[:count]
rng = np.random.default_rng(0)


def ink(digit, scale=8, thin=False):
    """The digit enlarged smoothly: 0 paper, 1 full ink."""
    big = Image.fromarray(digit).resize((28 * scale, 28 * scale), Image.BICUBIC)
    amount = np.asarray(big, dtype=np.float64) / 255
    if thin:  # a fine pen: only the ridge of the stroke (where its distance to the paper peaks), about 2 pixels wide
        mask = amount > 0.5
        distance = ndimage.distance_transform_edt(mask)
        ridge = mask & (distance >= ndimage.maximum_filter(distance, size=5) - 0.75)
        amount = ndimage.gaussian_filter(ndimage.binary_dilation(ridge).astype(np.float64), 0.5)
    return np.clip(amount, 0, 1)


def on_paper(amount, paper=245.0, pen=25.0):
    return paper - (paper - pen) * amount


def save(condition, index, label, array, mode="L", suffix=".png"):
    folder = out / condition / str(label)
    folder.mkdir(parents=True, exist_ok=True)
    if mode == "I;16":
        image = Image.fromarray(np.clip(array * 257, 0, 65535).astype(np.uint16))
    elif mode == "RGBA":
        image = Image.fromarray(array.astype(np.uint8), "RGBA")
    else:
        image = Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))
    image.save(folder / f"{index:05d}{suffix}")


for index, (digit, label) in enumerate(zip(images, labels)):
    amount = ink(digit)
    side = amount.shape[0]
    save("plain", index, label, on_paper(amount))

    # A sheet of paper covering the middle of the frame, on a darker, textured desk.
    frame = np.full((side + 160, side + 160), 95.0) + rng.normal(0, 6, (side + 160, side + 160))
    top, left = 40 + rng.integers(-20, 20), 40 + rng.integers(-20, 20)
    frame[top:top + side + 80, left:left + side + 80] = 240
    frame[top + 40:top + 40 + side, left + 40:left + 40 + side] = on_paper(amount, paper=240)
    save("desk", index, label, frame)

    # Light falling off across the page, to a third at the far corner.
    ys, xs = np.mgrid[0:side, 0:side] / side
    light = 1 - 0.65 * (0.6 * xs + 0.4 * ys)
    save("gradient", index, label, on_paper(amount) * light)

    # Sensor noise on grey paper.
    save("noise", index, label, on_paper(amount, paper=200) + rng.normal(0, 28, amount.shape))

    # A fine pen on a larger photo: strokes about two pixels wide.
    save("thin-pen", index, label, on_paper(ink(digit, scale=14, thin=True)))

    # Grey paper and a grey pencil: grey levels from about 30 to 140.
    save("grey-paper", index, label, on_paper(amount, paper=140, pen=30) + rng.normal(0, 3, amount.shape))

    # A card cut out on a transparent canvas (RGBA; the margin's colour is black with alpha 0).
    rgba = np.zeros((side + 80, side + 80, 4))
    rgba[40:40 + side, 40:40 + side, :3] = on_paper(amount)[..., None]
    rgba[40:40 + side, 40:40 + side, 3] = 255
    save("transparent-card", index, label, rgba, mode="RGBA")

    # An untagged 16-bit greyscale PNG of the plain picture.
    save("grey16", index, label, on_paper(amount), mode="I;16")
