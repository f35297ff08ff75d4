"""Trains a class of honest "students" for real and writes their answers on the first 2,000 MNIST test images: the
fixture that similarity detection is measured on (no copier is in it; copies are planted from it in code).

    python3 Tests/GradingTests/Fixtures/honest-class/make_honest_class.py MNIST_DIR DIGITBOOK [OUT_DIR]

Each student trains on the whole MNIST training set with its own method: scikit-learn classifiers of several
families (random forests and extra trees with different seeds, k-NN, SGD with different seeds, naive Bayes, LDA,
logistic regression, a decision tree, MLPs with different seeds) and Digitbook's own models (`DIGITBOOK train`:
different architectures, seeds, epochs and augmentation). Writes, in OUT_DIR (default: beside this script):
- `key.csv`: `id,label`, the true labels of test images 0-1999;
- `students.csv.gz`: `student,id,label,p0,...,p9` for every student, probabilities in thousandths that sum to exactly 1
  (largest remainders) and the label the first class of highest probability (as a student's file would give it).
Needs numpy and scikit-learn 1.x; takes about 10 minutes on 2 cores. Deterministic up to the libraries' own threading.
"""
import gzip, os, struct, subprocess, sys, tempfile
import numpy as np
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.naive_bayes import BernoulliNB, GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.tree import DecisionTreeClassifier

COUNT = 2000
mnist, digitbook = sys.argv[1], sys.argv[2]
out = sys.argv[3] if len(sys.argv) > 3 else os.path.dirname(os.path.abspath(__file__))


def idx(name):
    with gzip.open(os.path.join(mnist, name)) as f:
        magic = struct.unpack(">I", f.read(4))[0]
        dims = struct.unpack(">" + "I" * (magic & 0xFF), f.read(4 * (magic & 0xFF)))
        return np.frombuffer(f.read(), dtype=np.uint8).reshape(dims)


train_x = idx("train-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float32) / 255
train_y = idx("train-labels-idx1-ubyte.gz").astype(int)
test_x = idx("t10k-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float32)[:COUNT] / 255
test_y = idx("t10k-labels-idx1-ubyte.gz").astype(int)[:COUNT]

SKLEARN = {
    "random-forest-0": lambda: RandomForestClassifier(n_estimators=100, random_state=0, n_jobs=2),
    "random-forest-1": lambda: RandomForestClassifier(n_estimators=100, random_state=1, n_jobs=2),
    "random-forest-2": lambda: RandomForestClassifier(n_estimators=100, random_state=2, n_jobs=2),
    "extra-trees-0": lambda: ExtraTreesClassifier(n_estimators=100, random_state=0, n_jobs=2),
    "extra-trees-1": lambda: ExtraTreesClassifier(n_estimators=100, random_state=1, n_jobs=2),
    "knn-3": lambda: KNeighborsClassifier(n_neighbors=3, n_jobs=2),
    "knn-7-distance": lambda: KNeighborsClassifier(n_neighbors=7, weights="distance", n_jobs=2),
    "sgd-0": lambda: SGDClassifier(loss="log_loss", alpha=1e-4, max_iter=15, tol=None, random_state=0),
    "sgd-1": lambda: SGDClassifier(loss="log_loss", alpha=1e-4, max_iter=15, tol=None, random_state=1),
    "gaussian-nb": lambda: GaussianNB(),
    "bernoulli-nb": lambda: BernoulliNB(binarize=0.5),
    "lda": lambda: LinearDiscriminantAnalysis(),
    "logistic-regression": lambda: LogisticRegression(max_iter=100),
    "decision-tree": lambda: DecisionTreeClassifier(random_state=0),
    "mlp-sklearn-0": lambda: MLPClassifier(hidden_layer_sizes=(100,), max_iter=15, random_state=0),
    "mlp-sklearn-1": lambda: MLPClassifier(hidden_layer_sizes=(100,), max_iter=15, random_state=1),
}
# Digitbook's own models: name -> `digitbook train` arguments.
DIGITBOOK = {
    "digitbook-logreg": ["--model", "logreg", "--epochs", "2", "--seed", "0"],
    "digitbook-mlp-0": ["--model", "mlp", "--epochs", "3", "--seed", "0"],
    "digitbook-mlp-1": ["--model", "mlp", "--epochs", "3", "--seed", "1"],
    "digitbook-mlp-augmented": ["--model", "mlp", "--epochs", "3", "--seed", "2", "--augment"],
    "digitbook-lenet5": ["--model", "lenet5", "--epochs", "2", "--seed", "0"],
    "digitbook-seed-cnn": ["--model", "seed-cnn", "--epochs", "1", "--seed", "0"],
    "digitbook-small-cnn-augmented": ["--model", "conv16k5-relu-maxpool-flatten-dense10", "--epochs", "2", "--seed", "3",
                                      "--augment"],
}


def answers(probabilities):
    # Thousandths that sum to exactly 1000 in every row (largest remainders), so each row sums to 1 as a file must.
    scaled = np.asarray(probabilities, dtype=np.float64) * 1000
    scaled *= 1000 / scaled.sum(axis=1, keepdims=True)
    units = np.floor(scaled).astype(int)
    short = 1000 - units.sum(axis=1)
    order = np.argsort(-(scaled - units), axis=1, kind="stable")
    for row in range(len(units)):
        units[row, order[row, :short[row]]] += 1
    return units.argmax(axis=1), units / 1000


students = {}
for name, make in SKLEARN.items():
    print(f"training {name}", file=sys.stderr, flush=True)
    model = make().fit(train_x, train_y)
    students[name] = answers(model.predict_proba(test_x))

with tempfile.TemporaryDirectory() as scratch:
    for name, arguments in DIGITBOOK.items():
        print(f"training {name}", file=sys.stderr, flush=True)
        run = os.path.join(scratch, name)
        subprocess.run([digitbook, "train", "--data", mnist, "--out", run] + arguments, check=True, stdout=subprocess.DEVNULL)
        predictions = os.path.join(scratch, name + ".csv")
        subprocess.run([digitbook, "predict", "--run", run, "--data", mnist, "--out", predictions], check=True,
                       stdout=subprocess.DEVNULL)
        table = np.loadtxt(predictions, delimiter=",", skiprows=1)[:COUNT]
        students[name] = answers(table[:, 2:12])

with open(os.path.join(out, "key.csv"), "w") as f:
    f.write("id,label\n")
    f.writelines(f"{i},{label}\n" for i, label in enumerate(test_y))
with gzip.GzipFile(os.path.join(out, "students.csv.gz"), "wb", mtime=0) as raw:
    lines = ["student,id,label," + ",".join(f"p{k}" for k in range(10))]
    for name, (labels, probabilities) in students.items():
        for i in range(COUNT):
            values = ",".join(f"{p:.3f}".rstrip("0").rstrip(".") for p in probabilities[i])
            lines.append(f"{name},{i},{labels[i]},{values}")
    raw.write(("\n".join(lines) + "\n").encode())
for name, (labels, _) in students.items():
    print(f"{name}: {np.mean(labels == test_y):.4f}", file=sys.stderr)
