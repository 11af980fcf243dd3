/* Search page: asks Pagefind's search API (the site's own pagefind/ folder, built by `sitegen build`) and lists the
   results itself. The index is split into shards, each a Pagefind bundle listed in pagefind/shards.json; all are
   merged into one Pagefind instance, each tagged with a "shard" filter of its own name. Nothing is fetched from
   elsewhere; if the index is missing the page says so.

   Exact results: Pagefind matches a query word to the indexed words it begins, and when an index has none it takes
   the longest indexed word that begins the query word, or drops the word (Pagefind issues #329, #547). One index
   over all pages does that once; each shard would do it on its own, so a shard lacking a word would answer with
   pages holding only the other words, or a shorter word. So each word is first searched alone, and a shard is
   asked the whole query only if it holds a word the query word begins (see shardsKnowing); a word that no shard
   holds is left to every shard, as one index leaves it. The shards' answers are merged by Pagefind's score. */
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box) { return; }
  var form = box.querySelector("form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var bundle = new URL(box.getAttribute("data-bundle"), document.baseURI);
  var siteRoot = new URL("../", bundle).pathname;
  var PAGE = 10;
  /* A letter Pagefind keeps and no indexed word has after a query word: searching "word" + PROBE finds only the
     longest indexed word that begins "word", which tells a shard's fallback from a real match (see shardsKnowing). */
  var PROBE = "\u01c2";
  var ready = null;
  var shards = [];
  var latest = 0;
  var results = [];
  var shown = 0;

  function say(text) { status.textContent = text; }
  function unavailable() { say("Search is not available on this copy of the site (its index was not built)."); }

  function start() {
    ready = fetch(new URL("shards.json", bundle), { cache: "no-cache" })
      .then(function (response) { if (!response.ok) { throw new Error(response.statusText); } return response.json(); })
      .then(function (listing) {
        shards = (listing.shards || []).map(function (shard) { return shard.name; });
        if (!shards.length) { throw new Error("no shards"); }
        return import(new URL(shards[0] + "/pagefind.js", bundle).href);
      })
      .then(function (pagefind) {
        return pagefind.options({ baseUrl: siteRoot, mergeFilter: { shard: shards[0] } })
          .then(function () { return pagefind.init(); })
          .then(function () {
            return Promise.all(shards.slice(1).map(function (name) {
              return pagefind.mergeIndex(new URL(name + "/", bundle).href, { baseUrl: siteRoot, mergeFilter: { shard: name } });
            }));
          })
          .then(function () { return pagefind; });
      });
    ready.catch(unavailable);
    return ready;
  }

  function counts(response) { return (response && response.filters && response.filters.shard) || {}; }

  /* The shards holding an indexed word that `word` begins. A shard's answer to `word` alone comes from such words
     or, when it has none, from the longest indexed word that begins `word`; the answer to `word` + PROBE always
     comes from the latter. So a shard holds such a word if the two answers differ in size, or if it holds `word`
     itself (the quoted search, which matches whole words only; the two answers are the same when `word` is the
     only indexed word it begins). */
  function shardsKnowing(pagefind, word) {
    var terms = [word, word + PROBE, "\"" + word + "\""];
    return Promise.all(terms.map(function (term) { return pagefind.search(term); })).then(function (found) {
      var alone = counts(found[0]), probe = counts(found[1]), whole = counts(found[2]);
      return shards.filter(function (name) {
        return (alone[name] || 0) > 0 && ((whole[name] || 0) > 0 || alone[name] !== (probe[name] || 0));
      });
    });
  }

  /* The shards that may answer `query`: those holding every word of it that some shard holds. A query quoted
     whole (Pagefind's test) is matched word for word, which a shard lacking a word already fails, so it goes to
     all; any other quote mark is punctuation, which Pagefind drops. */
  function answering(pagefind, query) {
    var words = query.split(/\s+/).filter(Boolean);
    if (/^\s*".+"\s*$/.test(query) || shards.length === 1) { return Promise.resolve(shards); }
    return Promise.all(words.map(function (word) { return shardsKnowing(pagefind, word); })).then(function (known) {
      return known.reduce(function (allowed, names) {
        return names.length ? allowed.filter(function (name) { return names.indexOf(name) >= 0; }) : allowed;
      }, shards);
    });
  }

  function search(pagefind, query) {
    return answering(pagefind, query).then(function (allowed) {
      if (!allowed.length) { return { results: [] }; }
      var options = allowed.length === shards.length ? {} : { filters: { shard: { any: allowed } } };
      return pagefind.search(query, options);
    });
  }

  function item(data) {
    var entry = document.createElement("li");
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    heading.appendChild(link);
    var excerpt = document.createElement("p");
    excerpt.innerHTML = data.excerpt;  /* Pagefind's excerpt: the page's escaped text with <mark> around matches */
    entry.appendChild(heading);
    entry.appendChild(excerpt);
    return entry;
  }

  function showMore(id) {
    var batch = results.slice(shown, shown + PAGE);
    shown += batch.length;
    return Promise.all(batch.map(function (result) { return result.data(); })).then(function (data) {
      if (id !== latest) { return; }
      data.forEach(function (one) { list.appendChild(item(one)); });
      more.hidden = shown >= results.length;
    });
  }

  function run(query) {
    var id = ++latest;
    query = query.trim();
    list.textContent = "";
    more.hidden = true;
    if (!query) { say(""); return; }
    say("Searching…");
    (ready || start()).then(function (pagefind) { return search(pagefind, query); }).then(function (response) {
      if (id !== latest) { return; }
      results = response.results;
      shown = 0;
      var n = results.length;
      say(n === 0 ? "No results for “" + query + "”." : n + (n === 1 ? " result" : " results") + " for “" + query + "”.");
      return showMore(id);
    }).catch(unavailable);
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 300);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    var url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    window.history.replaceState(null, "", url);
    run(input.value);
  });
  more.addEventListener("click", function () {
    var first = list.children.length;
    showMore(latest).then(function () {
      var link = list.children[first] && list.children[first].querySelector("a");
      if (link) { link.focus(); }
    });
  });
  start();
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) { input.value = q; run(q); } else { ready.then(function () { say(""); }, function () {}); }
})();
