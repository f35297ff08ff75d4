"""Writes the small seed corpus for each fuzz target (run once; the files are committed beside this script).

Usage: python3 make_seed_corpus.py   (needs Pillow for the PNG and JPEG seeds)
"""
import gzip
import io
import json
import struct
from pathlib import Path

from PIL import Image, ImageDraw

here = Path(__file__).parent / "Corpus"


def write(target, name, data):
    folder = here / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def digit_image(mode="L"):
    image = Image.new("L", (12, 12), 255)
    ImageDraw.Draw(image).line([(3, 2), (9, 2), (5, 10)], fill=0, width=2)
    return image.convert(mode)


# IDX: three 4x4 images and their labels, raw and compressed.
images = struct.pack(">IIII", 0x803, 3, 4, 4) + bytes(range(0, 96, 2))
labels = struct.pack(">II", 0x801, 3) + bytes([0, 7, 9])
write("idx", "images.idx", images)
write("idx", "labels.idx", labels)
write("idx", "images.idx.gz", gzip.compress(images, mtime=0))
write("gzip", "labels.gz", gzip.compress(labels, mtime=0))
write("gzip", "two-members.gz", gzip.compress(b"ab", mtime=0) + gzip.compress(b"cd", mtime=0))

# Images: grey, RGBA, 16-bit PNG and a JPEG.
for name, mode, fmt in [("grey.png", "L", "PNG"), ("rgba.png", "RGBA", "PNG"), ("grey16.png", "I;16", "PNG"), ("photo.jpg", "RGB", "JPEG")]:
    buffer = io.BytesIO()
    digit_image(mode).save(buffer, fmt)
    write("image", name, buffer.getvalue())

# Predictions: labels only, with probabilities, quoted fields and a byte-order mark.
write("predictions", "labels.csv", b"id,label\n" + b"".join(b"%d,%d\n" % (i, i % 10) for i in range(16)))
row = ",".join(["0.1"] * 10)
write("predictions", "probabilities.csv",
      ("id,label," + ",".join(f"p{k}" for k in range(10)) + "\n" + "".join(f"{i},0,{row}\n" for i in range(16))).encode())
write("predictions", "bom-quoted.csv", b"\xef\xbb\xbf\"id\",\"label\"\r\n" + b"".join(b'"%d","%d"\r\n' % (i, i % 10) for i in range(16)))

# A report source with front matter, prose and cells.
write("report", "report.md", b"""---
title: Seed
seed: 3
params: {epochs: 1}
---
# Heading

Prose with *emphasis* and ${epochs}.

```digitbook train
id: mlp
model: mlp
epochs: ${epochs}
```

```digitbook confusion
run: mlp
```
""")

# safetensors: one 2x3 F32 tensor and metadata.
header = json.dumps({"__metadata__": {"spec": "flatten-dense3"}, "dense.kernel": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]}})
header_bytes = header.encode()
header_bytes += b" " * ((8 - (len(header_bytes) + 8) % 8) % 8)
# keras-config: the model configurations of the ModelImportTests fixtures (a .keras config.json, an .h5 model_config).
fixtures = Path(__file__).parent.parent / "ModelImportTests" / "Fixtures"
try:
    import zipfile
    import h5py
    write("keras-config", "keras_cnn.json", zipfile.ZipFile(fixtures / "keras_cnn.keras").read("config.json"))
    config = h5py.File(fixtures / "keras_mlp.h5").attrs["model_config"]
    write("keras-config", "keras_mlp.json", config.encode() if isinstance(config, str) else bytes(config))
except ImportError:
    print("h5py missing: keras-config seeds not written")
write("safetensors", "dense.safetensors", struct.pack("<Q", len(header_bytes)) + header_bytes + struct.pack("<6f", *range(6)))

# Grading: an assignment file (every field, a byte-order mark), timestamps (offsets, long fractions) and a roster.
write("assignment", "assignment.yaml", b"""\xef\xbb\xbftitle: Digit classifier
labels: key/labels.idx
images: key/images.idx
seed: 3
public_fraction: 0.3
due: 2026-12-01T23:59:00Z
late: {percent_per_day: 10, max_days: 5}
run_time_limit_seconds: 60
rubric:
  - {name: Accuracy, metric: accuracy, points: 60, zero: 0.90, full: 0.99}
  - {name: Every digit, metric: macro_f1, points: 20, steps: [[0.95, 10], [0.98, 20]]}
  - {name: Log loss, metric: log_loss, points: 20, zero: 0.30, full: 0.05}
roster: roster.csv
canvas_assignment_id: 1234
""")
write("assignment", "minimal.yaml", b"title: T\nlabels: l\nrubric:\n  - {name: A, metric: accuracy, points: 1, zero: 0, full: 1}\n")
write("timestamps", "times.csv", b"student,submitted_at\ns1,2026-12-01T23:59:00Z\ns2,2026-12-02T00:59:00.123456789012+01:00\n"
      b"Jos\xc3\xa9,2024-02-29T12:00:00-05:30\n")
write("roster", "roster.csv", b"\xef\xbb\xbfid,name,sis_user_id,sis_login_id,section\r\ns1,\"Ann, A\",1001,ann@uni.example,S1\r\n"
      b"Jose\xcc\x81,Jos\xc3\xa9,1002,jose,S2\r\n")
