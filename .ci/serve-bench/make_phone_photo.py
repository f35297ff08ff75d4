"""Makes the load benchmark's "phone photo": an MNIST test digit written large on lit paper, 3024x4032 like a
12-megapixel phone camera, with a lighting gradient and sensor noise, saved as a JPEG of about 1 MB. Also writes the
same digit as a 28x28 PNG (dark on light, as a scan would be). Deterministic.

Usage: python3 make_phone_photo.py MNIST_DIR OUT_DIR   (needs numpy and Pillow)
"""
import gzip
import sys
from pathlib import Path

import numpy as np
from PIL import Image

mnist, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
raw = gzip.open(mnist / "t10k-images-idx3-ubyte.gz").read()
digit = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(-1, 28, 28)[0]  # a 7
Image.fromarray(255 - digit).save(out / "digit-28.png", optimize=True)

rng = np.random.default_rng(0)
width, height = 3024, 4032
ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
paper = 215 + 30 * (xs / width) - 20 * (ys / height)  # light falling off across the sheet
big = Image.fromarray(digit).resize((1800, 1800), Image.BICUBIC)
amount = np.zeros((height, width), np.float32)
top, left = (height - 1800) // 2, (width - 1800) // 2
amount[top:top + 1800, left:left + 1800] = np.asarray(big, np.float32) / 255
grey = paper - (paper - 35) * amount + rng.normal(0, 4.0, (height, width)).astype(np.float32)
rgb = np.clip(np.stack([grey * 1.0, grey * 0.97, grey * 0.9], axis=-1), 0, 255).astype(np.uint8)
Image.fromarray(rgb).save(out / "phone-photo.jpg", quality=78)
print(f"{out / 'phone-photo.jpg'}: {(out / 'phone-photo.jpg').stat().st_size:,} bytes; {out / 'digit-28.png'}")
