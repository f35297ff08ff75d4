"""Generates metrics_fixtures.json: scikit-learn's and statsmodels' figures for a few prediction sets.

Run once with `python3 -m pip install scikit-learn statsmodels`; the tests read the JSON and need no Python.
"""
import json, sys, warnings
import numpy as np
import sklearn, statsmodels
from sklearn import metrics
from statsmodels.stats.proportion import proportion_confint
from statsmodels.stats.contingency_tables import mcnemar

warnings.simplefilter("ignore")
rng = np.random.default_rng(20261121)


def probabilities_for(y_pred, classes, rng):
    """Random probability rows whose arg-max is y_pred."""
    rows = rng.dirichlet(np.ones(classes), size=len(y_pred))
    for row, label in zip(rows, y_pred):
        top = row.argmax()
        row[top], row[label] = row[label], row[top]
    return rows


def case(name, y_true, y_pred, classes=None, digits=2, target_names=None, labels=None, other=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    entry = {"name": name, "y_true": y_true.tolist(), "y_pred": y_pred.tolist(), "digits": digits,
             "target_names": target_names, "labels": labels}
    kwargs = dict(digits=digits, target_names=target_names, labels=labels)
    entry["report_text"] = metrics.classification_report(y_true, y_pred, **kwargs)
    entry["report_dict"] = metrics.classification_report(y_true, y_pred, output_dict=True, **kwargs)
    entry["confusion_matrix"] = metrics.confusion_matrix(y_true, y_pred, labels=labels).tolist()
    for normalize in ("true", "pred", "all"):
        entry["confusion_" + normalize] = metrics.confusion_matrix(y_true, y_pred, labels=labels, normalize=normalize).tolist()
    entry["accuracy"] = metrics.accuracy_score(y_true, y_pred)
    entry["balanced_accuracy"] = metrics.balanced_accuracy_score(y_true, y_pred)
    entry["cohen_kappa"] = metrics.cohen_kappa_score(y_true, y_pred)
    entry["macro_f1"] = metrics.f1_score(y_true, y_pred, average="macro")
    entry["weighted_f1"] = metrics.f1_score(y_true, y_pred, average="weighted")
    correct = int((y_true == y_pred).sum())
    low, high = proportion_confint(correct, len(y_true), alpha=0.05, method="wilson")
    entry["wilson_95"] = [low, high]
    if classes is not None:
        probabilities = probabilities_for(y_pred, classes, rng)
        entry["probabilities"] = probabilities.tolist()
        entry["log_loss"] = metrics.log_loss(y_true, probabilities, labels=list(range(classes)))
        if classes > 2:
            entry["top_2_accuracy"] = metrics.top_k_accuracy_score(y_true, probabilities, k=2, labels=list(range(classes)))
            entry["top_3_accuracy"] = metrics.top_k_accuracy_score(y_true, probabilities, k=3, labels=list(range(classes)))
    if other is not None:
        other = np.asarray(other)
        a, b = y_pred == y_true, other == y_true
        table = [[int((a & b).sum()), int((a & ~b).sum())], [int((~a & b).sum()), int((~a & ~b).sum())]]
        exact, chi2 = mcnemar(table, exact=True), mcnemar(table, exact=False, correction=True)
        entry["other_pred"] = other.tolist()
        entry["mcnemar"] = {"table": table, "exact_p": float(exact.pvalue),
                            "chi2_statistic": float(chi2.statistic), "chi2_p": float(chi2.pvalue)}
    return entry


cases = []
n = 150
y_true = rng.integers(0, 10, n)
y_pred = np.where(rng.random(n) < 0.8, y_true, rng.integers(0, 10, n))
other = np.where(rng.random(n) < 0.7, y_true, rng.integers(0, 10, n))
cases.append(case("ten classes", y_true, y_pred, 10, other=other))
cases.append(case("ten classes, 4 digits, class names", y_true, y_pred, digits=4,
                  target_names=["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]))
never = y_pred.copy(); never[never == 3] = 5; never[never == 7] = 1
cases.append(case("classes never predicted", y_true, never))
absent_true = y_true.copy(); absent_true[absent_true == 9] = 8
cases.append(case("a predicted class absent from the labels", absent_true, y_pred))
cases.append(case("labels given, a subset", y_true, y_pred, None, labels=[1, 2, 3]))
cases.append(case("binary", [0, 1, 1, 0, 1, 1, 1, 0, 0, 1], [0, 1, 0, 0, 1, 1, 0, 1, 0, 1], 2))
both = y_true.copy(); both[both == 9] = 8; both_pred = y_pred.copy(); both_pred[both_pred == 9] = 8
cases.append(case("a class absent from labels and predictions", both, both_pred))
cases.append(case("mcnemar small", [0, 1, 2, 3] * 5, [0, 1, 2, 3] * 4 + [1, 1, 1, 1], None, other=[0, 1, 2, 0] * 5))

json.dump({"sklearn": sklearn.__version__, "statsmodels": statsmodels.__version__, "cases": cases}, sys.stdout, separators=(",", ":"))
print()
