"""Writes tiny_keras.h5 (a Keras legacy HDF5 model file), tiny_keras.weights.h5 (its weights alone) and tiny_keras.json (what is in it, read back with h5py).

Run once with TensorFlow (Keras 3) and h5py installed (TensorFlow 2.21 / Keras 3.15 / h5py 3.14 made the committed
files); the tests need neither. One attribute is added in TensorFlow 2's fixed-length string form. The model is deliberately tiny: 8x8 inputs, a 3x3 convolution with 2 filters, a
dense layer of 3 units, so the file stays a few kilobytes.
"""
import json, os
os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
import h5py, keras, numpy as np

keras.utils.set_random_seed(0)
model = keras.Sequential([
    keras.layers.Input((8, 8, 1)),
    keras.layers.Conv2D(2, 3, activation="relu"),
    keras.layers.Flatten(),
    keras.layers.Dense(3, activation="softmax"),
])
model.save("tiny_keras.h5")
# A weights-only file (no architecture), which the import must refuse with advice.
model.save_weights("tiny_keras.weights.h5")
# TensorFlow 2's Keras wrote weight_names as fixed-length byte strings; keep one such attribute to read as well.
with h5py.File("tiny_keras.h5", "a") as f:
    f["model_weights/dense"].attrs["fixed_weight_names"] = np.array([b"dense/kernel:0", b"dense/bias:0"])

with h5py.File("tiny_keras.h5") as f:
    weights = f["model_weights"]
    conv = weights["conv2d"]
    names = [n.decode() if isinstance(n, bytes) else n for n in conv.attrs["weight_names"]]
    kernel = conv[names[0]][()]
    summary = {
        "keras_version": f.attrs["keras_version"] if isinstance(f.attrs["keras_version"], str) else f.attrs["keras_version"].decode(),
        "layer_classes": [layer["class_name"] for layer in json.loads(f.attrs["model_config"])["config"]["layers"]],
        "model_weights": sorted(weights.keys()),
        "conv_weight_names": names,
        "conv_kernel_shape": list(kernel.shape),
        "conv_kernel": [float(v) for v in kernel.reshape(-1)],
    }
with open("tiny_keras.json", "w") as out:
    json.dump(summary, out, indent=1)
    out.write("\n")
