// Digitbook's page: uploads and drawings go to the JSON API and the result appears in place.
// Without this script the form still posts to /predict and the server answers with a result page.
"use strict";

const form = document.getElementById("upload");
const input = document.getElementById("photo");
const results = document.getElementById("results");
const drop = document.getElementById("drop");
const drawing = document.getElementById("draw");
const canvas = document.getElementById("canvas");
const picker = document.getElementById("run");
const wholeNumber = document.getElementById("mode");

function query() {
  const parameters = new URLSearchParams({chart: "svg"});
  if (picker) parameters.set("run", picker.value);
  return "?" + parameters.toString();
}

// The chart comes as an <svg> element drawn by the server; parsed as SVG, it can hold no script or markup of ours.
function chart(markup) {
  const parsed = new DOMParser().parseFromString(markup, "image/svg+xml").documentElement;
  const figure = element("figure", {class: "chart"});
  if (parsed.nodeName === "svg") figure.appendChild(document.importNode(parsed, true));
  return figure;
}

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function percent(value) {
  return (value * 100).toFixed(1) + "%";
}

function card(reading, uploadURL) {
  const article = element("article", {class: "reading"});
  const title = element("h2", {}, reading.file + " ");
  title.appendChild(element("span", {class: "size"}, reading.width + "x" + reading.height));
  article.appendChild(title);
  const pair = element("div", {class: "pair"});
  if (uploadURL) {
    const upload = element("figure");
    upload.appendChild(element("img", {class: "upload", src: uploadURL, alt: "The uploaded image"}));
    upload.appendChild(element("figcaption", {}, "Your image"));
    pair.appendChild(upload);
  }
  const input = element("figure");
  input.appendChild(element("img", {class: "input", src: reading.preprocessed, width: "140", height: "140",
                                    alt: "The 28x28 input the network reads, enlarged"}));
  input.appendChild(element("figcaption", {}, "What the network sees"));
  pair.appendChild(input);
  pair.appendChild(element("p", {class: "digit", "aria-label": "Predicted digit"}, reading.digit));
  article.appendChild(pair);
  const ranked = reading.probabilities.map((p, i) => [p, i]).sort((a, b) => b[0] - a[0]);
  const runners = ranked.slice(1, 3).map(([p, i]) => reading.classes[i] + " (" + percent(p) + ")");
  article.appendChild(element("p", {}, reading.run + " reads " + reading.digit + " with probability " + percent(ranked[0][0]) +
                                       (runners.length ? "; next: " + runners.join(", ") : "") + "."));
  for (const warning of reading.warnings) article.appendChild(element("p", {class: "warning"}, "Note: " + warning + "."));
  if (reading.chart) article.appendChild(chart(reading.chart));
  return article;
}

// A file the server could not read: its name and why.
function failureCard(failure) {
  const article = element("article", {class: "reading failed"});
  article.appendChild(element("h2", {}, failure.file));
  article.appendChild(element("p", {class: "warning"}, "Not read: " + failure.error + "."));
  return article;
}

function quoted(text) {
  return '"' + text.replace(/"/g, '""') + '"';
}

// Every file of the request, read or not, with the CSV the server's page offers too.
function table(answers) {
  const wrapper = element("div");
  const grid = element("table");
  const head = element("tr");
  for (const name of ["File", "Digit", "Probability", "Not read because"]) head.appendChild(element("th", {}, name));
  grid.appendChild(element("thead")).appendChild(head);
  const body = grid.appendChild(element("tbody"));
  const lines = ["file,digit,probability,error"];
  for (const answer of answers) {
    const row = element("tr", answer.error ? {class: "failed"} : {});
    if (answer.error) {
      for (const cell of [answer.file, "", "", answer.error]) row.appendChild(element("td", {}, cell));
      lines.push([quoted(answer.file), "", "", quoted(answer.error)].join(","));
    } else {
      const best = Math.max(...answer.probabilities);
      for (const cell of [answer.file, answer.digit, percent(best), ""]) row.appendChild(element("td", {}, cell));
      lines.push([quoted(answer.file), answer.digit, best.toFixed(6), ""].join(","));
    }
    body.appendChild(row);
  }
  wrapper.appendChild(grid);
  const link = element("a", {href: URL.createObjectURL(new Blob([lines.join("\n") + "\n"], {type: "text/csv"})),
                             download: "digits.csv"}, "Download the results as CSV");
  wrapper.appendChild(link);
  return wrapper;
}

// A whole number: the digits read, how sure the reading is, and the image with each digit's box drawn by the server.
function numberCard(result) {
  const article = element("article", {class: "reading"});
  const title = element("h2", {}, result.file + " ");
  title.appendChild(element("span", {class: "size"}, result.width + "x" + result.height));
  article.appendChild(title);
  article.appendChild(element("p", {class: "digit", "aria-label": "The number read"}, result.number));
  article.appendChild(element("p", {}, result.run + " reads " + result.digits.length + " digits; all of them right with probability " +
                                       percent(result.confidence) + "."));
  if (result.check) article.appendChild(element("p", {class: "warning"}, result.check));
  if (result.picture) article.appendChild(chart(result.picture));
  return article;
}

async function send(body, headers, uploads) {
  results.replaceChildren(element("p", {}, "Reading…"));
  const number = wholeNumber && wholeNumber.checked;
  try {
    const address = number ? "/api/number" + query().replace("chart=svg", "picture=svg") : "/api/predict" + query();
    const response = await fetch(address, {method: "POST", body: body, headers: headers || {}});
    const answer = await response.json();
    if (!response.ok) {
      results.replaceChildren(element("p", {class: "warning", role: "alert"}, answer.error || response.statusText));
      return;
    }
    if (number) {
      results.replaceChildren(...answer.map((result) => result.error ? failureCard(result) : numberCard(result)));
      if (uploads) results.scrollIntoView({behavior: "smooth", block: "start"});
      return;
    }
    const nodes = answer.map((reading, index) => reading.error ? failureCard(reading) : card(reading, uploads ? uploads[index] : null));
    results.replaceChildren(...(answer.length > 1 ? [table(answer)] : []), ...nodes);
    // Uploads are answered far below the form; a drawing's answer is right under the canvas.
    if (uploads) results.scrollIntoView({behavior: "smooth", block: "start"});
  } catch (error) {
    results.replaceChildren(element("p", {class: "warning", role: "alert"}, "The server could not be reached."));
  }
}

function sendFiles(files) {
  if (!files.length) return;
  const data = new FormData();
  for (const file of files) data.append("photo", file, file.name);
  send(data, null, Array.from(files, (file) => URL.createObjectURL(file)));
}

const camera = document.getElementById("camera");
form.addEventListener("submit", (event) => {
  event.preventDefault();
  sendFiles([...input.files, ...camera.files]);
});
camera.addEventListener("change", () => sendFiles(camera.files));

drop.hidden = false;
for (const name of ["dragenter", "dragover"]) {
  drop.addEventListener(name, (event) => { event.preventDefault(); drop.classList.add("over"); });
}
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  sendFiles(event.dataTransfer.files);
});

// Drawing: white paper, a thick dark pen; the stroke's end sends the picture.
drawing.hidden = false;
const pen = canvas.getContext("2d");
function clear() {
  pen.fillStyle = "#fff";
  pen.fillRect(0, 0, canvas.width, canvas.height);
}
clear();
let last = null;
function point(event) {
  const box = canvas.getBoundingClientRect();
  return [(event.clientX - box.left) * canvas.width / box.width, (event.clientY - box.top) * canvas.height / box.height];
}
canvas.addEventListener("pointerdown", (event) => {
  canvas.setPointerCapture(event.pointerId);
  last = point(event);
});
canvas.addEventListener("pointermove", (event) => {
  if (!last) return;
  const next = point(event);
  pen.strokeStyle = "#111";
  pen.lineWidth = 18;
  pen.lineCap = "round";
  pen.beginPath();
  pen.moveTo(last[0], last[1]);
  pen.lineTo(next[0], next[1]);
  pen.stroke();
  last = next;
});
function finish() {
  if (!last) return;
  last = null;
  canvas.toBlob((blob) => {
    const data = new FormData();
    data.append("photo", blob, "your drawing");
    send(data, null, null);
  }, "image/png");
}
canvas.addEventListener("pointerup", finish);
canvas.addEventListener("pointercancel", finish);
document.getElementById("clear").addEventListener("click", () => { clear(); results.replaceChildren(); });
