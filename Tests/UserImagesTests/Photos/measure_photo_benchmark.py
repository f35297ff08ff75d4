"""Reads every image of the photo benchmark (make_photo_benchmark.py) with `digitbook predict`, one process per image,
and prints the accuracy per condition; an image refused (no digit found, unreadable) counts as an error.

Usage: python3 measure_photo_benchmark.py DIGITBOOK RUN_DIR PHOTOS_DIR
Run it with two builds of Digitbook on the same run and photos to compare their preprocessing.
"""
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

digitbook, run, photos = sys.argv[1], sys.argv[2], Path(sys.argv[3])


def read(path):
    result = subprocess.run([digitbook, "predict", "--run", run, str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        return None
    return result.stdout.strip().split(": ", 1)[1].split(" ", 1)[0]


print("condition          correct  refused  images  accuracy")
for condition in sorted(p for p in photos.iterdir() if p.is_dir()):
    images = sorted(condition.glob("*/*.png"))
    with ThreadPoolExecutor(2) as pool:
        readings = list(pool.map(read, images))
    correct = sum(reading == image.parent.name for reading, image in zip(readings, images))
    refused = sum(reading is None for reading in readings)
    print(f"{condition.name:<18} {correct:>7}  {refused:>7}  {len(images):>6}  {correct / len(images):8.1%}")
