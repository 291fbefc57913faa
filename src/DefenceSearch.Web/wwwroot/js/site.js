// DefenceSearch: small progressive enhancements. Everything works without this file.
(function () {
    "use strict";

    function ready(fn) {
        if (document.readyState !== "loading") fn();
        else document.addEventListener("DOMContentLoaded", fn);
    }

    function fold(text) {
        return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
    }

    ready(function () {
        var form = document.getElementById("search");

        // Ticking a filter searches at once; the "Apply filters" button is then not needed.
        if (form) {
            document.querySelectorAll(".facets input[type=checkbox][form=search]").forEach(function (box) {
                box.addEventListener("change", function () {
                    // Focus comes back to this value on the page the tick loads (ids are the same on every page).
                    try { sessionStorage.setItem("ds-focus", box.id); } catch (e) { /* storage off: focus starts at the top */ }
                    // A year ticked under a date range replaces the range (the year list counts without it), as the
                    // server reads the form's "replace=range" marker when the script is off.
                    var replace = document.getElementById("range-replace");
                    if (box.name === "year" && replace) {
                        ["from", "to"].forEach(function (id) { var end = document.getElementById(id); if (end) end.disabled = true; });
                        replace.disabled = true;
                    }
                    if (typeof form.requestSubmit === "function") form.requestSubmit();
                    else form.submit();
                });
            });
            document.documentElement.classList.add("js");
            // Keep bookmarks short: an empty list filter box or date end adds nothing to the URL.
            form.addEventListener("submit", function () {
                document.querySelectorAll("input[data-filter-list], #from, #to").forEach(function (box) {
                    if (box.value.trim() === "") box.disabled = true;
                });
            });

            var focusId = null;
            try { focusId = sessionStorage.getItem("ds-focus"); sessionStorage.removeItem("ds-focus"); } catch (e) { focusId = null; }
            var target = focusId ? document.getElementById(focusId) : null;
            if (target) {
                // Open what folds it away (the phone's filter drawer, "show more"), then focus it.
                for (var el = target.parentElement; el; el = el.parentElement) {
                    if (el.tagName === "DETAILS") el.open = true;
                }
                target.focus();
            }
        }

        // The minister filter box narrows the list as you type (the server does the same on submit).
        document.querySelectorAll("input[data-filter-list]").forEach(function (input) {
            var facet = input.closest("[data-facet]");
            if (!facet) return;
            var more = facet.querySelector("details.facet__more");
            input.addEventListener("keydown", function (e) {
                if (e.key === "Enter") e.preventDefault(); // filtering, not searching
            });
            input.addEventListener("input", function () {
                var needle = fold(input.value.trim());
                if (more && needle.length > 0) more.open = true;
                facet.querySelectorAll(".facet__item").forEach(function (item) {
                    var label = item.querySelector(".facet__label");
                    var checkbox = item.querySelector("input[type=checkbox]");
                    var show = needle.length === 0 || (checkbox && checkbox.checked) || (label && fold(label.textContent).indexOf(needle) >= 0);
                    item.hidden = !show;
                });
            });
        });

        // The timeline is one tab stop: the arrow keys, Home and End move between its bars.
        document.querySelectorAll("[data-roving]").forEach(function (list) {
            var links = Array.prototype.slice.call(list.querySelectorAll("a"));
            list.addEventListener("keydown", function (e) {
                var at = links.indexOf(document.activeElement);
                if (at < 0) return;
                var to = e.key === "ArrowRight" || e.key === "ArrowDown" ? at + 1
                    : e.key === "ArrowLeft" || e.key === "ArrowUp" ? at - 1
                    : e.key === "Home" ? 0 : e.key === "End" ? links.length - 1 : -2;
                if (to === -2) return;
                e.preventDefault();
                to = Math.max(0, Math.min(links.length - 1, to));
                links[at].tabIndex = -1;
                links[to].tabIndex = 0;
                links[to].focus();
            });
        });

        // Deleting asks first (without the script the button deletes at once).
        document.querySelectorAll("form[data-confirm]").forEach(function (f) {
            f.addEventListener("submit", function (e) {
                if (!window.confirm(f.getAttribute("data-confirm"))) e.preventDefault();
            });
        });

        // Saving a search: put the cursor in the name box when the form opens.
        document.querySelectorAll("details.save").forEach(function (details) {
            details.addEventListener("toggle", function () {
                if (details.open) {
                    var input = details.querySelector("input[name=name]");
                    if (input) input.select();
                }
            });
        });
    });
})();
