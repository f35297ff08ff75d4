"""Writes the import fixtures: small Keras and PyTorch models, the images they were run on, and their own predictions.

Run once from this folder with TensorFlow (Keras 3), PyTorch and safetensors installed (TensorFlow 2.21 / Keras 3.15,
torch 2.13 CPU and safetensors 0.8 made the committed files); the tests need none of them. Weights are random but
seeded and batch-normalisation statistics are set to non-trivial values, so every layer matters to the outputs.

- images.u8: 24 grey 28x28 images (raw bytes, 0-255), blobs of ink on a dark background.
- keras_cnn.keras (Keras 3 zip): Rescaling(1/255) inside, so it expects raw 0-255 pixels; same-padded conv with relu,
  batch norm, max pooling, a bias-less conv with a ReLU layer, dropout, dense with relu, dense with softmax.
- keras_mlp.h5 (legacy HDF5, as TensorFlow 2's model.save wrote): 28x28 input, flatten, dense, batch norm without
  centre, dropout, dense, a softmax Activation layer; expects [0, 1] pixels.
- torch_cnn.safetensors: an nn.Sequential state_dict (names 0, 2, 4, 8, 11: natural order matters), conv, relu,
  BatchNorm2d, pooling, a bias-less conv, flatten of 4 channels (the channel-first order matters), two linears;
  expects [0, 1] pixels.
- torch_mlp.safetensors: named modules conv1, fc1, fc1_bn (BatchNorm1d), fc2; expects raw 0-255 pixels.
- expected.json: for each model its file, spec (PyTorch), the pixels it expects and its softmax outputs on images.u8.
"""
import json, os
os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
import numpy as np

rng = np.random.default_rng(7)
side = np.arange(28)
images = np.zeros((24, 28, 28), np.float64)
for image in images:
    for _ in range(rng.integers(2, 5)):
        cy, cx, radius = rng.uniform(6, 22), rng.uniform(6, 22), rng.uniform(2, 6)
        image += 255 * np.exp(-((side[:, None] - cy) ** 2 + (side[None, :] - cx) ** 2) / (2 * radius ** 2))
images = np.clip(images, 0, 255).astype(np.uint8)
images.tofile("images.u8")
raw = images.astype(np.float32)[..., None]
unit = raw / 255

import keras
keras.utils.set_random_seed(0)

def randomize_batch_norm(layer):
    gamma, beta, mean, variance = ([w for w in layer.get_weights()] + [None] * 4)[:4]
    weights = []
    for weight in layer.weights:
        n = weight.shape[0]
        if "gamma" in weight.name: weights.append(rng.uniform(0.5, 1.5, n))
        elif "beta" in weight.name: weights.append(rng.uniform(-0.3, 0.3, n))
        elif "moving_mean" in weight.name: weights.append(rng.uniform(-0.5, 0.5, n))
        else: weights.append(rng.uniform(0.2, 2.0, n))
    layer.set_weights([w.astype(np.float32) for w in weights])

cnn = keras.Sequential([
    keras.layers.Input((28, 28, 1)), keras.layers.Rescaling(1 / 255),
    keras.layers.Conv2D(3, 3, padding="same", activation="relu"), keras.layers.BatchNormalization(),
    keras.layers.MaxPooling2D(), keras.layers.Conv2D(4, 3, use_bias=False), keras.layers.ReLU(), keras.layers.MaxPooling2D(),
    keras.layers.Dropout(0.25), keras.layers.Flatten(), keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
randomize_batch_norm(cnn.layers[2])
cnn.save("keras_cnn.keras")

mlp = keras.Sequential([
    keras.layers.Input((28, 28)), keras.layers.Flatten(), keras.layers.Dense(16, activation="relu"),
    keras.layers.BatchNormalization(center=False, epsilon=0.01), keras.layers.Dropout(0.5), keras.layers.Dense(10),
    keras.layers.Activation("softmax"),
])
randomize_batch_norm(mlp.layers[2])
mlp.save("keras_mlp.h5")

import torch
from safetensors.torch import save_file
torch.manual_seed(0)

def randomize_torch_batch_norm(module):
    n = module.num_features
    with torch.no_grad():
        module.weight.copy_(torch.tensor(rng.uniform(0.5, 1.5, n)))
        module.bias.copy_(torch.tensor(rng.uniform(-0.3, 0.3, n)))
        module.running_mean.copy_(torch.tensor(rng.uniform(-0.5, 0.5, n)))
        module.running_var.copy_(torch.tensor(rng.uniform(0.2, 2.0, n)))

nn = torch.nn
torch_cnn = nn.Sequential(
    nn.Conv2d(1, 3, 3, padding=1), nn.ReLU(), nn.BatchNorm2d(3), nn.MaxPool2d(2), nn.Conv2d(3, 4, 3, bias=False), nn.ReLU(),
    nn.MaxPool2d(2), nn.Flatten(), nn.Linear(144, 12), nn.ReLU(), nn.Dropout(0.5), nn.Linear(12, 10),
)
randomize_torch_batch_norm(torch_cnn[2])
torch_cnn.eval()
save_file({k: v.contiguous() for k, v in torch_cnn.state_dict().items()}, "torch_cnn.safetensors")

class NamedNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 2, 5)
        self.fc1 = nn.Linear(2 * 12 * 12, 16)
        self.fc1_bn = nn.BatchNorm1d(16)
        self.fc2 = nn.Linear(16, 10)

    def forward(self, x):
        x = torch.max_pool2d(torch.relu(self.conv1(x)), 2).flatten(1)
        return self.fc2(self.fc1_bn(torch.relu(self.fc1(x))))

torch_mlp = NamedNet()
randomize_torch_batch_norm(torch_mlp.fc1_bn)
torch_mlp.eval()
save_file({k: v.contiguous() for k, v in torch_mlp.state_dict().items()}, "torch_mlp.safetensors")

def torch_outputs(model, pixels):
    with torch.no_grad():
        return torch.softmax(model(torch.tensor(pixels).permute(0, 3, 1, 2)), 1).numpy()

expected = [
    {"file": "keras_cnn.keras", "pixels": "0-255", "probabilities": cnn.predict(raw, verbose=0)},
    {"file": "keras_mlp.h5", "pixels": "0-1", "probabilities": mlp.predict(unit[..., 0], verbose=0)},
    {"file": "torch_cnn.safetensors", "pixels": "0-1", "probabilities": torch_outputs(torch_cnn, unit),
     "spec": "conv3k3same-relu-bn-maxpool-conv4k3-relu-maxpool-flatten-dense12-relu-dropout50-dense10"},
    {"file": "torch_mlp.safetensors", "pixels": "0-255", "probabilities": torch_outputs(torch_mlp, raw),
     "spec": "conv2k5-relu-maxpool-flatten-dense16-relu-bn-dense10"},
]
for entry in expected:
    entry["probabilities"] = [[float(f"{p:.9g}") for p in row] for row in np.asarray(entry["probabilities"], np.float64)]
with open("expected.json", "w") as out:
    json.dump(expected, out, indent=1)
    out.write("\n")
