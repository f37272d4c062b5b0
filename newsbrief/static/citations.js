// Citation chips: a chip links to the supporting sentence in its own source (works without
// this script through the #anchor and CSS :target); the script lights up the supporting
// sentence in every cited source at once and scrolls each source box to it.
"use strict";
(function () {
  function light(anchors, clicked) {
    document.querySelectorAll(".sent.lit, .bs.lit").forEach(function (el) { el.classList.remove("lit"); });
    anchors.split(" ").filter(Boolean).forEach(function (id) {
      var sentence = document.getElementById(id);
      if (!sentence) return;
      sentence.classList.add("lit");
      var box = sentence.closest(".text");
      if (box) box.scrollTop = sentence.offsetTop - box.clientHeight / 3;  // .text is the offset parent
    });
    var said = clicked.previousElementSibling;  // the brief sentence this chip cites for
    while (said && !said.classList.contains("bs")) said = said.previousElementSibling;
    if (said) said.classList.add("lit");
  }
  document.addEventListener("click", function (event) {
    var chip = event.target.closest("a.chip");
    if (!chip) return;
    light(chip.getAttribute("data-anchors") || "", chip);
  });
  // The paste form: more article boxes on demand (without the script, two boxes and file upload).
  var add = document.getElementById("add-article");
  if (add) {
    add.hidden = false;
    add.addEventListener("click", function () {
      var boxes = document.querySelectorAll("form.paste fieldset:not(#more)");
      var copy = boxes[boxes.length - 1].cloneNode(true);
      copy.querySelector("legend").textContent = "Article " + (boxes.length + 1);
      copy.querySelectorAll("input, textarea").forEach(function (field) { field.value = ""; });
      boxes[boxes.length - 1].after(copy);
    });
  }
})();
