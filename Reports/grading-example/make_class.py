"""Builds a synthetic class for `digitbook grade`: the assignment beside this script on the MNIST test set, students,
roster and submission times.

    python3 Reports/grading-example/make_class.py MNIST_DIR OUT_DIR [STUDENTS] [--seed N] [--plain]

Students differ in skill; test images differ in difficulty (shared by everyone, as with real classifiers), and a
wrong answer is usually the image's most confusable digit. Each file has probabilities (a softmax whose top class is
the label). Planted: a copier of another's file (probabilities jittered, 3% of labels changed) and a label-only copy
of that copy (2% more changed), label-only files, late
submissions, a roster student with nothing handed in, and malformed files of each kind grading checks.
Deterministic from the seed. Needs numpy.
"""
import argparse, gzip, os, shutil, struct, sys
import numpy as np

parser = argparse.ArgumentParser()
parser.add_argument("mnist")
parser.add_argument("out")
parser.add_argument("students", type=int, nargs="?", default=40)
parser.add_argument("--seed", type=int, default=0)
parser.add_argument("--plain", action="store_true", help="every student a CSV with probabilities, nothing planted (the benchmark)")
args = parser.parse_args()
rng = np.random.default_rng(args.seed)

with gzip.open(os.path.join(args.mnist, "t10k-labels-idx1-ubyte.gz")) as f:
    magic, count = struct.unpack(">II", f.read(8))
    key = np.frombuffer(f.read(count), dtype=np.uint8).astype(int)
n = len(key)
os.makedirs(os.path.join(args.out, "key"), exist_ok=True)
for name in ["t10k-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz"]:
    shutil.copy(os.path.join(args.mnist, name), os.path.join(args.out, "key", name))
submissions = os.path.join(args.out, "submissions")
shutil.rmtree(submissions, ignore_errors=True)
os.makedirs(submissions)

difficulty = rng.normal(0, 1.5, n) - 1.0            # most images easy, a tail of hard ones
confusable = (key + rng.integers(1, 10, n)) % 10     # each image's most likely wrong answer


def student(skill):
    wrong = rng.random(n) < 1 / (1 + np.exp(-(difficulty - skill)))
    other = np.where(rng.random(n) < 0.6, confusable, (key + rng.integers(1, 10, n)) % 10)
    labels = np.where(wrong, other, key)
    logits = rng.normal(0, 1, (n, 10))
    logits[np.arange(n), labels] = logits.max(axis=1) + 0.5 + rng.exponential(2.0, n) * (1 + skill / 3)
    probabilities = np.exp(logits - logits.max(axis=1, keepdims=True))
    return labels, probabilities / probabilities.sum(axis=1, keepdims=True)


def write(path, labels, probabilities=None):
    with open(path, "w") as f:
        if probabilities is None:
            f.write("id,label\n")
            f.writelines(f"{i},{labels[i]}\n" for i in range(n))
        else:
            f.write("id,label," + ",".join(f"p{k}" for k in range(10)) + "\n")
            f.writelines(f"{i},{labels[i]}," + ",".join(f"{p:.6f}" for p in probabilities[i]) + "\n" for i in range(n))


ids = [f"s{index:03d}" for index in range(1, args.students + 1)]
files = {}
for position, sid in enumerate(ids):
    labels, probabilities = student(rng.uniform(2.0, 5.5))
    files[sid] = (labels, probabilities)
    if args.plain:
        write(os.path.join(submissions, f"{sid}.csv"), labels, probabilities)
    elif position % 9 == 4:
        write(os.path.join(submissions, f"{sid}.csv"), labels)                       # label-only
    elif position % 13 == 6:
        os.makedirs(os.path.join(submissions, sid))                                  # as an LMS bulk download gives it
        write(os.path.join(submissions, sid, "predictions.csv"), labels, probabilities)
    else:
        write(os.path.join(submissions, f"{sid}.csv"), labels, probabilities)

# Two copiers, as the similarity section must find them: c001 copies the first student's file with its
# probabilities jittered by up to 0.05 (rows scaled back to 1, the label their highest) and 3% of its labels changed
# to another digit (the probabilities swapped to agree); c002 copies c001's labels only, 2% of them changed again.
def changed(labels, share):
    edited = labels.copy()
    rows = np.flatnonzero(rng.random(n) < share)
    edited[rows] = (edited[rows] + rng.integers(1, 10, len(rows))) % 10
    return edited, rows


if not args.plain:
    source = files[ids[0]][1]
    jittered = np.clip(source + rng.uniform(-0.05, 0.05, source.shape), 0, None)
    jittered /= jittered.sum(axis=1, keepdims=True)
    labels, rows = changed(jittered.argmax(axis=1), 0.03)
    for row in rows:
        top = jittered[row].argmax()
        jittered[row, [top, labels[row]]] = jittered[row, [labels[row], top]]
    write(os.path.join(submissions, "c001.csv"), labels, jittered)
    write(os.path.join(submissions, "c002.csv"), changed(labels, 0.02)[0])
    ids += ["c001", "c002"]

# Malformed files, one problem each (and one with several).
good = "id,label\n" + "".join(f"{i},{key[i]}\n" for i in range(n))
malformed = {
    "bad-empty": "",
    "bad-header": good.replace("id,label", "index,prediction", 1),
    "bad-ragged": good.replace("\n5,", "\n5,1,", 1),
    "bad-label": good.replace(f"\n7,{key[7]}\n", "\n7,12\n", 1),
    "bad-duplicate": good + f"3,{key[3]}\n",
    "bad-missing": "".join(good.splitlines(keepends=True)[:-10]),
    "bad-many": "id,label\n0,x\n1,3\n1,3\n2,-1\n",
}
probabilities_header = "id,label," + ",".join(f"p{k}" for k in range(10)) + "\n"
rows = [f"{i},{key[i]}," + ",".join("0.91" if k == key[i] else "0.01" for k in range(10)) + "\n" for i in range(n)]
rows_nan = list(rows); rows_nan[2] = f"2,{key[2]}," + ",".join("nan" if k == 0 else "0.1" for k in range(10)) + "\n"
rows_sum = list(rows); rows_sum[4] = f"4,{key[4]}," + ",".join("0.5" for k in range(10)) + "\n"
rows_argmax = list(rows); rows_argmax[6] = f"6,{(key[6] + 1) % 10}," + ",".join("0.91" if k == key[6] else "0.01" for k in range(10)) + "\n"
malformed["bad-nan"] = probabilities_header + "".join(rows_nan)
malformed["bad-sum"] = probabilities_header + "".join(rows_sum)
malformed["bad-argmax"] = probabilities_header + "".join(rows_argmax)
for name, text in ({} if args.plain else malformed).items():
    with open(os.path.join(submissions, f"{name}.csv"), "w") as f:
        f.write(text)
    ids.append(name)

absent = "s999"
with open(os.path.join(args.out, "roster.csv"), "w") as f:
    f.write("id,name,sis_user_id,sis_login_id,section\n")
    for index, sid in enumerate(ids + [absent]):
        f.write(f"{sid},\"Student {index + 1}, Test\",{10000 + index},{sid}@example.edu,Section {'AB'[index % 2]}\n")
with open(os.path.join(args.out, "times.csv"), "w") as f:
    f.write("student,submitted_at\n")
    for index, sid in enumerate(ids):
        late = index % 11 == 3
        f.write(f"{sid},2026-12-0{2 if late else 1}T{'10' if late else '20'}:00:00Z\n")
shutil.copy(os.path.join(os.path.dirname(os.path.abspath(__file__)), "assignment.yaml"), os.path.join(args.out, "assignment.yaml"))
print(f"{len(ids)} submissions and 1 missing student in {args.out}", file=sys.stderr)
