"""Generates keras_summaries.json: Keras's model.summary() text for Digitbook's registered models.

Run once with TensorFlow/Keras installed (python3 -m pip install tensorflow-cpu); the tests need no Python.
Each model here mirrors the spec string that Digitbook's registry gives it.
"""
import io, json, os, sys
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import keras
from keras import layers as L

def conv(f, k, same=False, relu=True):
    return L.Conv2D(f, k, padding="same" if same else "valid", activation="relu" if relu else None)

def models():
    """Each model is built by its own function, so layer names can restart as in a new Python process."""
    return {
        "logreg": lambda: [L.Flatten(), L.Dense(10, activation="softmax")],
        "mlp": lambda: [L.Flatten(), L.Dense(128, activation="relu"), L.Dense(10, activation="softmax")],
        "seed-cnn": lambda: [conv(64, 3), conv(32, 3), L.Flatten(), L.Dense(10, activation="softmax")],
        "lenet5": lambda: [conv(6, 5, same=True), L.MaxPooling2D(), conv(16, 5), L.MaxPooling2D(), L.Flatten(),
                   L.Dense(120, activation="relu"), L.Dense(84, activation="relu"), L.Dense(10, activation="softmax")],
        "alexnet-mini": lambda: [conv(32, 3), L.BatchNormalization(), conv(32, 3), L.BatchNormalization(),
                         L.MaxPooling2D(), L.Dropout(0.25),
                         conv(64, 3), L.BatchNormalization(), conv(64, 3), L.BatchNormalization(),
                         L.MaxPooling2D(), L.Dropout(0.25), L.Flatten(),
                         L.Dense(256, activation="relu"), L.BatchNormalization(), L.Dropout(0.5),
                         L.Dense(10, activation="softmax")],
        "conv8k3-bn-relu-maxpool-dropout0.1-flatten-dense10": lambda: [
            conv(8, 3, relu=False), L.BatchNormalization(), L.ReLU(), L.MaxPooling2D(), L.Dropout(0.1), L.Flatten(),
            L.Dense(10, activation="softmax")],
    }

def summary(stack):
    model = keras.Sequential([keras.Input((28, 28, 1)), *stack])
    lines = []
    model.summary(print_fn=lambda line, **kwargs: lines.append(line))
    return "\n".join(lines)

summaries = {}
for name in models():
    keras.backend.clear_session()
    summaries[name] = summary(models()[name]())
json.dump(summaries, sys.stdout, indent=1, ensure_ascii=False)
print()
