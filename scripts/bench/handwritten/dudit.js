// Hand-written DUDIT page for `npm run bench`: one question per screen, no framework.
// Points are DUDIT's: items 1–9 score 0–4, items 10–11 score 0, 2 or 4; at most 44.
var N = ["Never", "Less often than once a month", "Every month", "Every week", "Daily or almost every day"];
var Y = ["No", "Yes, but not over the past year", "Yes, over the past year"];
var Q = [
  ["How often do you use drugs other than alcohol?"],
  ["Do you use more than one type of drug on the same occasion?", ["Never", "Once a month or less often", "2–4 times a month", "2–3 times a week", "4 times a week or more often"]],
  ["How many times do you take drugs on a typical day when you use drugs?", ["0", "1–2", "3–4", "5–6", "7 or more"]],
  ["How often are you influenced heavily by drugs?", N],
  ["Over the past year, have you felt that your longing for drugs was so strong that you could not resist it?", N],
  ["Has it happened, over the past year, that you have not been able to stop taking drugs once you started?", N],
  ["How often over the past year have you taken drugs and then neglected to do something you should have done?", N],
  ["How often over the past year have you needed to take a drug the morning after heavy drug use the day before?", N],
  ["How often over the past year have you had guilt feelings or a bad conscience because you used drugs?", N],
  ["Have you or anyone else been hurt (mentally or physically) because you used drugs?", Y, 2],
  ["Has a relative or a friend, a doctor or a nurse, or anyone else, been worried about your drug use or said to you that you should stop using drugs?", Y, 2],
  ["What is your sex?", ["Female", "Male", "Another answer", "Prefer not to say"], 0],
];
var $ = function (id) { return document.getElementById(id); };
var at = 0, total = 0;
$("f").addEventListener("submit", function (event) {
  event.preventDefault();
  var chosen = document.querySelector("input:checked");
  if (!chosen) return;
  total += Number(chosen.value);
  var q = Q[++at];
  if (!q) {
    var main = document.querySelector("main"), h = document.createElement("h1"), p = document.createElement("p");
    h.textContent = "Your result";
    p.textContent = "You scored " + total + " out of 44.";
    main.replaceChildren(h, p);
    return;
  }
  $("c").textContent = at < 11 ? "Question " + (at + 1) + " of 11" : "Before your result";
  $("h").textContent = q[0];
  $("o").replaceChildren.apply($("o"), q[1].map(function (text, i) {
    var label = document.createElement("label"), input = document.createElement("input");
    input.type = "radio";
    input.name = "a";
    input.value = i * (q[2] === undefined ? 1 : q[2]);
    label.append(input, " " + text);
    return label;
  }));
  if (at === 11) $("b").textContent = "See my result";
  $("h").focus();
});
