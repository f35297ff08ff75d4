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
const announcer = document.getElementById("announce");
const speakButton = document.getElementById("speak");
// The page's texts in its language, and the query that keeps the language (?lang=…&numerals=…), from the server.
const text = JSON.parse(results.dataset.messages || "{}");
const language = document.documentElement.lang || "en";

function query() {
  const parameters = new URLSearchParams((text.query || "").replace(/^\?/, ""));
  parameters.set("chart", "svg");
  if (picker) parameters.set("run", picker.value);
  return "?" + parameters.toString();
}

// The language menu: applied as soon as it changes, and remembered in this browser (local storage, no cookie).
const languageForm = document.querySelector("form.languages");
if (languageForm) {
  document.getElementById("lang-apply").hidden = true;
  for (const control of languageForm.querySelectorAll("select, input")) {
    control.addEventListener("change", () => {
      try {
        localStorage.setItem("digitbook.lang", document.getElementById("lang").value);
        const numerals = document.getElementById("numerals");
        localStorage.setItem("digitbook.numerals", numerals && numerals.checked ? "native" : "");
      } catch (error) { /* storage refused: the choice still holds in the address */ }
      languageForm.submit();
    });
  }
  // A choice made before, on a page opened without one: open the page in it.
  const address = new URLSearchParams(location.search);
  let remembered = null;
  try { remembered = localStorage.getItem("digitbook.lang"); } catch (error) { remembered = null; }
  if (!address.has("lang") && remembered && remembered !== language) {
    const numerals = (() => { try { return localStorage.getItem("digitbook.numerals"); } catch (error) { return ""; } })();
    location.replace("/?lang=" + encodeURIComponent(remembered) + (numerals ? "&numerals=native" : ""));
  }
}

// Said once, politely, by screen readers; and what "read it aloud" speaks.
let lastAnnouncement = "";
function announce(message) {
  lastAnnouncement = message;
  announcer.textContent = "";
  window.setTimeout(() => { announcer.textContent = message; }, 50);
  if (speakButton && canSpeak()) speakButton.hidden = false;
}

function browserVoice() {
  if (!("speechSynthesis" in window)) return null;
  const primary = language.split("-")[0].toLowerCase();
  const voices = window.speechSynthesis.getVoices();
  return voices.find((voice) => voice.lang.toLowerCase().replace("_", "-").split("-")[0] === primary) || null;
}

function canSpeak() {
  return browserVoice() !== null || results.dataset.speech === "server";
}

if (speakButton) {
  speakButton.addEventListener("click", async () => {
    if (!lastAnnouncement) return;
    const voice = browserVoice();
    if (voice) {
      const utterance = new SpeechSynthesisUtterance(lastAnnouncement);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(utterance);
      return;
    }
    try {
      // The server speaks at most 400 characters: a long announcement (many files) is cut at a space before that.
      const spoken = lastAnnouncement.length <= 400 ? lastAnnouncement
        : lastAnnouncement.slice(0, 400).replace(/\s+\S*$/, "");
      const response = await fetch("/api/speech?lang=" + encodeURIComponent(language) + "&text=" + encodeURIComponent(spoken));
      if (!response.ok) return;
      const sound = new Audio(URL.createObjectURL(await response.blob()));
      await sound.play();
    } catch (error) { /* no sound: the text is on the page and was announced */ }
  });
}

// The chart comes as an <svg> element drawn by the server; parsed as SVG, it can hold no script or markup of ours.
function chart(markup) {
  const parsed = new DOMParser().parseFromString(markup, "image/svg+xml").documentElement;
  const figure = element("figure", {class: "chart"});
  if (parsed.nodeName === "svg") figure.appendChild(document.importNode(parsed, true));
  return figure;
}

// A probability as the page's language writes it (the browser's own formatting; its digits when asked for).
function percent(value) {
  const digits = {ar: "arab", hi: "deva", ta: "tamldec"}[language];
  const native = (text.query || "").includes("numerals=native") && digits;
  try {
    return new Intl.NumberFormat(language + "-u-nu-" + (native ? digits : "latn"),
                                 {style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1}).format(value);
  } catch (error) {
    return (value * 100).toFixed(1) + "%";
  }
}

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function card(reading, uploadURL) {
  const article = element("article", {class: "reading"});
  const title = element("h2", {}, reading.file + " ");
  title.appendChild(element("span", {class: "size"}, reading.width + "x" + reading.height));
  article.appendChild(title);
  const pair = element("div", {class: "pair"});
  if (uploadURL) {
    const upload = element("figure");
    upload.appendChild(element("img", {class: "upload", src: uploadURL, alt: text.uploadAlt}));
    upload.appendChild(element("figcaption", {}, text.yourImage));
    pair.appendChild(upload);
  }
  const input = element("figure");
  input.appendChild(element("img", {class: "input", src: reading.preprocessed, width: "140", height: "140",
                                    alt: text.inputAlt}));
  input.appendChild(element("figcaption", {}, text.networkSees));
  pair.appendChild(input);
  pair.appendChild(element("p", {class: "digit", "aria-label": text.predictedDigit}, reading.digit));
  article.appendChild(pair);
  // The sentence comes from the server, in the page's language.
  article.appendChild(element("p", {}, reading.sentence));
  for (const warning of reading.warnings) {
    article.appendChild(element("p", {class: "warning"}, text.note.replace("{warning}", () => warning)));
  }
  if (reading.chart) article.appendChild(chart(reading.chart));
  return article;
}

// A file the server could not read: its name and why.
function failureCard(failure) {
  const article = element("article", {class: "reading failed"});
  article.appendChild(element("h2", {}, failure.file));
  article.appendChild(element("p", {class: "warning"}, text.notRead.replace("{reason}", () => failure.error)));
  return article;
}

function quoted(text) {
  return '"' + text.replace(/"/g, '""') + '"';
}

// Every file of the request, read or not, with the CSV the server's page offers too.
function table(answers) {
  const wrapper = element("div");
  const grid = element("table", {"aria-label": text.tableLabel});
  const head = element("tr");
  for (const name of [text.file, text.digit, text.probability, text.notReadBecause]) head.appendChild(element("th", {}, name));
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
                             download: "digits.csv"}, text.download);
  wrapper.appendChild(link);
  return wrapper;
}

// A whole number: the digits read, how sure the reading is, and the image with each digit's box drawn by the server.
function numberCard(result) {
  const article = element("article", {class: "reading"});
  const title = element("h2", {}, result.file + " ");
  title.appendChild(element("span", {class: "size"}, result.width + "x" + result.height));
  article.appendChild(title);
  article.appendChild(element("p", {class: "digit", "aria-label": text.numberRead, dir: "ltr"}, result.number));
  article.appendChild(element("p", {}, result.sentence));
  if (result.check) article.appendChild(element("p", {class: "warning"}, result.check));
  if (result.picture) article.appendChild(chart(result.picture));
  return article;
}

async function send(body, headers, uploads) {
  results.replaceChildren(element("p", {}, text.reading));
  const number = wholeNumber && wholeNumber.checked;
  try {
    const address = number ? "/api/number" + query().replace("chart=svg", "picture=svg") : "/api/predict" + query();
    const response = await fetch(address, {method: "POST", body: body, headers: headers || {}});
    const answer = await response.json();
    if (!response.ok) {
      results.replaceChildren(element("p", {class: "warning", role: "alert"}, answer.error || response.statusText));
      return;
    }
    const read = answer.filter((result) => !result.error);
    // Said aloud: each reading's announcement, or, when nothing could be read, why.
    const said = read.length ? read.map((result) => result.announcement).join(" ")
      : answer.map((failure) => text.notRead.replace("{reason}", () => failure.error)).join(" ");
    announce(said);
    // A drawing's answer also shows beside the canvas, so a phone shows it without scrolling.
    document.getElementById("draw-result").textContent = uploads ? "" : said;
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
    results.replaceChildren(element("p", {class: "warning", role: "alert"}, text.unreachable));
  }
}

function sendFiles(files) {
  if (!files.length) return;
  const data = new FormData();
  for (const file of files) data.append("photo", file, file.name);
  send(data, null, Array.from(files, (file) => URL.createObjectURL(file)));
}

// An example: read in place, as an upload of that image would be.
for (const link of document.querySelectorAll("a.example")) {
  link.addEventListener("click", async (event) => {
    event.preventDefault();
    try {
      const image = await (await fetch("/examples/digit-" + link.dataset.digit + ".png")).blob();
      const data = new FormData();
      data.append("photo", image, "example-" + link.dataset.digit + ".png");
      send(data, null, [URL.createObjectURL(image)]);
    } catch (error) {
      results.replaceChildren(element("p", {class: "warning", role: "alert"}, text.unreachable));
    }
  });
}

const camera = document.getElementById("camera");
// The camera input only where there is a camera.
if (navigator.mediaDevices && navigator.mediaDevices.enumerateDevices) {
  navigator.mediaDevices.enumerateDevices().then((devices) => {
    if (devices.some((device) => device.kind === "videoinput")) document.getElementById("camera-choice").hidden = false;
  }).catch(() => {});
}
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

// Drawing: white paper, a dark pen of the chosen size; each stroke is kept, so the last can be undone; the stroke's end
// sends the picture.
drawing.hidden = false;
const pen = canvas.getContext("2d");
const brush = document.getElementById("brush");
const strokes = [];
function clear() {
  pen.fillStyle = "#fff";
  pen.fillRect(0, 0, canvas.width, canvas.height);
}
function line(from, to, width) {
  pen.strokeStyle = "#111";
  pen.lineWidth = width;
  pen.lineCap = "round";
  pen.beginPath();
  pen.moveTo(from[0], from[1]);
  pen.lineTo(to[0], to[1]);
  pen.stroke();
}
function redraw() {
  clear();
  for (const stroke of strokes) {
    for (let index = 1; index < stroke.points.length; index += 1) line(stroke.points[index - 1], stroke.points[index], stroke.width);
  }
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
  strokes.push({width: Number(brush.value) || 18, points: [last, last]});
  line(last, last, strokes[strokes.length - 1].width);
});
canvas.addEventListener("pointermove", (event) => {
  if (!last) return;
  const next = point(event);
  const stroke = strokes[strokes.length - 1];
  line(last, next, stroke.width);
  stroke.points.push(next);
  last = next;
});
function sendDrawing() {
  canvas.toBlob((blob) => {
    const data = new FormData();
    data.append("photo", blob, "your drawing");
    send(data, null, null);
  }, "image/png");
}
function finish() {
  if (!last) return;
  last = null;
  sendDrawing();
}
canvas.addEventListener("pointerup", finish);
canvas.addEventListener("pointercancel", finish);
function forget() {
  results.replaceChildren();
  announcer.textContent = "";
  lastAnnouncement = "";
  document.getElementById("draw-result").textContent = "";
  if (speakButton) speakButton.hidden = true;
}
document.getElementById("clear").addEventListener("click", () => {
  strokes.length = 0;
  clear();
  forget();
});
document.getElementById("undo").addEventListener("click", () => {
  strokes.pop();
  redraw();
  if (strokes.length) sendDrawing(); else forget();
});
