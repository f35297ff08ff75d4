"""Makes the inputs of Reports/bring-your-own.md: a Keras model, a PyTorch model and a predictions file, trained on
MNIST the way their tools' tutorials do. Run once from this folder: python3 make_inputs.py MNIST_FOLDER (MNIST's four gzip IDX files)
(TensorFlow 2.21 / Keras 3.15, torch 2.13 CPU, safetensors 0.8 and scikit-learn made the committed files).

- keras-cnn.h5: a small Keras CNN saved with model.save in the legacy HDF5 format, trained on raw 0-255 pixels with no
  rescaling, as the original upload app's models/mnistCNN.h5 was; importing it must find that out (--pixels auto).
- torch-cnn.safetensors: a PyTorch nn.Sequential with batch normalisation, trained on [0, 1] pixels; its state_dict
  saved with safetensors. Its architecture as a Digitbook spec is in the report.
- accuracies.json: each framework's own test accuracy for its model, which the imports must reproduce.
- logistic-regression.csv: scikit-learn's LogisticRegression on [0, 1] pixels, test-set predictions as id,label
  (labels only, to keep the file small).
"""
import gzip, os, sys
os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
import numpy as np

data = sys.argv[1]
def idx(name, offset):
    with gzip.open(os.path.join(data, name)) as f:
        return np.frombuffer(f.read(), np.uint8, offset=offset)
train_x = idx("train-images-idx3-ubyte.gz", 16).reshape(-1, 28, 28, 1).astype(np.float32)
train_y = idx("train-labels-idx1-ubyte.gz", 8).astype(np.int64)
test_x = idx("t10k-images-idx3-ubyte.gz", 16).reshape(-1, 28, 28, 1).astype(np.float32)
test_y = idx("t10k-labels-idx1-ubyte.gz", 8).astype(np.int64)

import keras
keras.utils.set_random_seed(1)
model = keras.Sequential([
    keras.layers.Input((28, 28, 1)), keras.layers.Conv2D(8, 3, activation="relu"), keras.layers.MaxPooling2D(),
    keras.layers.Conv2D(16, 3, activation="relu"), keras.layers.MaxPooling2D(), keras.layers.Flatten(),
    keras.layers.Dropout(0.25), keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_x, train_y, epochs=2, batch_size=64, verbose=2)
model.save("keras-cnn.h5")

import torch
from safetensors.torch import save_file
torch.manual_seed(1)
nn = torch.nn
net = nn.Sequential(
    nn.Conv2d(1, 8, 3), nn.ReLU(), nn.BatchNorm2d(8), nn.MaxPool2d(2), nn.Conv2d(8, 16, 3), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(400, 32), nn.ReLU(), nn.Linear(32, 10),
)
x = torch.tensor(train_x / 255).permute(0, 3, 1, 2)
y = torch.tensor(train_y)
optimizer = torch.optim.Adam(net.parameters(), 1e-3)
for epoch in range(2):
    order = torch.randperm(len(x))
    for start in range(0, len(x), 64):
        batch = order[start:start + 64]
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(net(x[batch]), y[batch])
        loss.backward()
        optimizer.step()
    print("torch epoch", epoch + 1, float(loss))
net.eval()
save_file({k: v.contiguous() for k, v in net.state_dict().items()}, "torch-cnn.safetensors")

from sklearn.linear_model import LogisticRegression
classifier = LogisticRegression(max_iter=200).fit(train_x[:20000].reshape(-1, 784) / 255, train_y[:20000])
labels = classifier.predict(test_x.reshape(-1, 784) / 255)
with open("logistic-regression.csv", "w") as out:
    out.write("id,label\n")
    out.writelines(f"{i},{label}\n" for i, label in enumerate(labels))

import json
with torch.no_grad():
    torch_predicted = net(torch.tensor(test_x / 255).permute(0, 3, 1, 2)).argmax(1).numpy()
accuracies = {
    "keras-cnn.h5": float((model.predict(test_x, verbose=0).argmax(1) == test_y).mean()),
    "torch-cnn.safetensors": float((torch_predicted == test_y).mean()),
    "logistic-regression.csv": float((labels == test_y).mean()),
}
with open("accuracies.json", "w") as out:
    json.dump(accuracies, out, indent=1)
    out.write("\n")
