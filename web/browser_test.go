package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"saidwho/quotes"
	"saidwho/quotes/article"
	"saidwho/quotes/extract"
	"saidwho/store"
	"saidwho/web"
)

// The browser test drives Debian's headless Chromium through the DevTools
// protocol. It skips only when no Chromium is installed; .ci/run installs
// it and sets SAIDWHO_REQUIRE_BROWSER, so in CI it runs. Screenshots go to $SAIDWHO_ARTIFACTS, or to a
// temporary directory.

// chromium returns the path of a Chromium binary, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("SAIDWHO_REQUIRE_BROWSER") != "" {
		t.Fatal("SAIDWHO_REQUIRE_BROWSER is set but no chromium is installed")
	}
	t.Skip("no chromium installed (apt-get install chromium; .ci/run does it)")
	return ""
}

// artefacts is where screenshots are saved.
func artefacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("SAIDWHO_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// quoteIn builds a quote of content found in text, attributed by hand.
func quoteIn(t *testing.T, text, content, speaker, mention, cue string) quotes.Quote {
	t.Helper()
	i := strings.Index(text, content)
	if i < 0 {
		t.Fatalf("%q not in %q", content, text)
	}
	start := utf8.RuneCountInString(text[:i])
	q := quotes.Quote{Text: content, Start: start, End: start + utf8.RuneCountInString(content), Kind: quotes.Direct,
		Speaker: speaker, SpeakerKind: quotes.Person, Mention: mention, Cue: cue, Confidence: 0.9}
	if j := strings.Index(text, mention); j >= 0 {
		q.MentionStart = utf8.RuneCountInString(text[:j])
		q.MentionEnd = q.MentionStart + utf8.RuneCountInString(mention)
	}
	if j := strings.Index(text, cue); j >= 0 {
		q.CueStart = utf8.RuneCountInString(text[:j])
		q.CueEnd = q.CueStart + utf8.RuneCountInString(cue)
	}
	return q
}

// Made-up people and places: never real people's words.
const (
	bridgeText  = `Jane Roe said: "We will build the bridge." Tomas Vale, the mayor, replied: "The river is high, and the money is short."`
	harbourText = `"The harbour stays open all winter," a port spokeswoman told reporters. Jane Roe added: "Nobody should have to wait for a ferry."`
	hostileText = `Mallory said: "<img src=x onerror="window.__pwned=1;alert(1)">" and more.`
	hostileQ    = `<img src=x onerror="window.__pwned=1;alert(1)">`
	hostileWho  = `<script>window.__pwned=1</script>Mallory`
)

// browserFixture is a saidwho server over a seeded store, and the ids of
// its quotes.
type browserFixture struct {
	URL     string
	bridge  int64 // Jane Roe: "We will build the bridge."
	hostile int64
	quoteOf map[string]int64
}

func seedBrowserFixture(t *testing.T) *browserFixture {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "browser.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	// Hostile content, stored first so that it is the oldest: markup in the quote, the speaker and the title, and
	// a javascript: source URL.
	evil := quoteIn(t, hostileText, hostileQ, hostileWho, "Mallory", "said")
	evil.Mention = hostileWho
	if _, _, err := db.SaveArticle(ctx, &quotes.Article{URL: "javascript:alert(1)", Title: `<script>window.__pwned=1</script>Evil`,
		Text: hostileText}, []quotes.Quote{evil}); err != nil {
		t.Fatal(err)
	}

	// The bundled sample article, through the real extractor.
	x := extract.New()
	err = article.ReadFile("../testdata/macron-putin-2020.md", func(a quotes.Article) error {
		a.PublishedAt = time.Date(2020, 6, 26, 0, 0, 0, 0, time.UTC)
		a.URL = "https://example.com/news/macron-putin-2020"
		_, _, err := db.SaveArticle(ctx, &a, x.Extract(a.Text))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	tomas := quoteIn(t, bridgeText, "The river is high, and the money is short.", "Tomas Vale", "Tomas Vale", "replied")
	tomas.Role = "mayor"
	if _, _, err := db.SaveArticle(ctx, &quotes.Article{URL: "https://example.org/news/bridge", Title: "Town agrees to build the bridge",
		PublishedAt: time.Date(2024, 4, 30, 0, 0, 0, 0, time.UTC), Text: bridgeText}, []quotes.Quote{
		quoteIn(t, bridgeText, "We will build the bridge.", "Jane Roe", "Jane Roe", "said"), tomas,
	}); err != nil {
		t.Fatal(err)
	}
	spokeswoman := quoteIn(t, harbourText, "The harbour stays open all winter,", "port spokeswoman", "a port spokeswoman", "told")
	spokeswoman.SpeakerKind, spokeswoman.Addressee = quotes.Anonymous, "reporters"
	if _, _, err := db.SaveArticle(ctx, &quotes.Article{URL: "https://example.org/news/harbour", Title: "Harbour to stay open",
		PublishedAt: time.Date(2024, 11, 2, 0, 0, 0, 0, time.UTC), Text: harbourText}, []quotes.Quote{
		spokeswoman, quoteIn(t, harbourText, "Nobody should have to wait for a ferry.", "Jane Roe", "Jane Roe", "added"),
	}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(web.NewServer(db, extract.New(), slog.New(slog.NewTextHandler(io.Discard, nil)), web.Config{}))
	t.Cleanup(srv.Close)
	f := &browserFixture{URL: srv.URL, quoteOf: map[string]int64{}}
	for cursor := ""; ; {
		qs, next, err := db.Quotes(ctx, quotes.QuoteFilter{Page: quotes.Page{Limit: 100, Cursor: cursor}})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			f.quoteOf[q.Text] = q.ID
		}
		if cursor = next; cursor == "" {
			break
		}
	}
	f.bridge, f.hostile = f.quoteOf["We will build the bridge."], f.quoteOf[hostileQ]
	if f.bridge == 0 || f.hostile == 0 {
		t.Fatalf("fixture quotes not stored: %v", f.quoteOf)
	}
	return f
}

// oembedSnippet asks saidwho's oEmbed endpoint for a quote's embed code,
// as a CMS would.
func oembedSnippet(t *testing.T, base string, id int64, theme string) string {
	t.Helper()
	q := url.Values{"url": {fmt.Sprintf("%s/quotes/%d", base, id)}, "format": {"json"}, "theme": {theme}}
	res, err := http.Get(base + "/oembed?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var o struct {
		HTML string `json:"html"`
	}
	if err := json.NewDecoder(res.Body).Decode(&o); err != nil || res.StatusCode != 200 || o.HTML == "" {
		t.Fatalf("oembed for quote %d: %d, %v", id, res.StatusCode, err)
	}
	return o.HTML
}

// hostPage serves, on an origin of its own, a page that pastes embed codes
// into a column 480 px wide.
func hostPage(t *testing.T, snippets map[string][]string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		parts, ok := snippets[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title>`+
			`<style>body{margin:0;padding:24px;background:#e9edf0;font:16px/1.5 sans-serif}`+
			`#column{width:480px}.slot{padding:8px 0}</style></head><body><div id="column"><h1>A blog post</h1>`+
			`<p>Here is what was said.</p>`)
		for i, p := range parts {
			fmt.Fprintf(w, `<div class="slot" id="slot%d">%s</div>`, i, p)
		}
		fmt.Fprint(w, `<p>The end of the post.</p></div></body></html>`)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// newBrowser starts headless Chromium with a fresh profile.
func newBrowser(t *testing.T, bin string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1100, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return bctx
}

// tab opens a new tab that fails the test if any page in it opens a
// JavaScript dialog (the alert of an injected script).
func tab(t *testing.T, browser context.Context) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			t.Errorf("a JavaScript dialog opened: %q", ev.Message)
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true}) //nolint:errcheck
		}
	}()
	return ctx
}

func navigate(t *testing.T, ctx context.Context, u string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
		t.Fatalf("navigate %s: %v", u, err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

func poll(t *testing.T, ctx context.Context, what, expr string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(15*time.Second))); err != nil {
		t.Fatalf("waiting for %s (%s): %v", what, expr, err)
	}
}

// fullPage takes a PNG of the whole page at 1100 px wide. It grows the
// viewport to the page rather than capturing beyond it, which leaves
// frames from other processes blank.
func fullPage() chromedp.Action[[]byte] {
	return func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		h, err := chromedp.Evaluate[float64](`document.documentElement.scrollHeight`)(ctx, tg)
		if err != nil {
			return nil, err
		}
		if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
			Width: 1100, Height: int64(math.Ceil(h)), DeviceScaleFactor: 1}); err != nil {
			return nil, err
		}
		// Two frames for layout and paint at the new size.
		if _, err := chromedp.Evaluate[chromedp.Void](`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150))))`,
			chromedp.EvalAwaitPromise)(ctx, tg); err != nil {
			return nil, err
		}
		return chromedp.CaptureScreenshot()(ctx, tg)
	}
}

func screenshot(t *testing.T, ctx context.Context, dir, name string, shot chromedp.Action[[]byte]) {
	t.Helper()
	png, err := chromedp.Run(ctx, shot)
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// frameContext attaches to the embed frame whose URL contains part. The
// frame is sandboxed into an opaque origin, so the host page cannot read
// it; the DevTools protocol can.
func frameContext(t *testing.T, ctx context.Context, part string) context.Context {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, info := range infos {
			if info.Type == "iframe" && strings.Contains(info.URL, part) {
				fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(info.TargetID))
				t.Cleanup(cancel)
				return fctx
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no frame target with %q", part)
	return nil
}

// frameView is what a reader sees inside an embed frame.
type frameView struct {
	Quote      string  `json:"quote"`
	Speaker    string  `json:"speaker"`
	BodyHeight float64 `json:"bodyHeight"`
	Background string  `json:"background"`
	Lang       string  `json:"lang"`
	Pwned      bool    `json:"pwned"`
	Images     int     `json:"images"`
}

const readFrame = `({
	quote: document.querySelector('blockquote').innerText,
	speaker: document.querySelector('cite').innerText,
	bodyHeight: document.body.getBoundingClientRect().height,
	background: getComputedStyle(document.querySelector('.card')).backgroundColor,
	lang: document.documentElement.lang,
	pwned: !!window.__pwned,
	images: document.images.length,
})`

// luminance of a CSS rgb() colour, 0 (black) to 1 (white).
func luminance(t *testing.T, css string) float64 {
	t.Helper()
	var r, g, b float64
	if _, err := fmt.Sscanf(css, "rgb(%g, %g, %g)", &r, &g, &b); err != nil {
		t.Fatalf("colour %q: %v", css, err)
	}
	return (0.2126*r + 0.7152*g + 0.0722*b) / 255
}

func TestWidgetInBrowser(t *testing.T) {
	bin := chromium(t)
	dir := artefacts(t)
	f := seedBrowserFixture(t)
	host := hostPage(t, map[string][]string{
		"/themes":  {oembedSnippet(t, f.URL, f.bridge, "light"), oembedSnippet(t, f.URL, f.bridge, "dark")},
		"/hostile": {oembedSnippet(t, f.URL, f.hostile, "light")},
	})
	if strings.Contains(host.URL, f.URL) || host.URL == f.URL {
		t.Fatal("host page and saidwho share an origin")
	}
	browser := newBrowser(t, bin)
	const quote, speaker = "We will build the bridge.", "Jane Roe"

	t.Run("embed upgrades, themes and resizes", func(t *testing.T) {
		ctx := tab(t, browser)
		navigate(t, ctx, host.URL+"/themes")
		poll(t, ctx, "both figures to be upgraded",
			`document.querySelectorAll('figure[data-saidwho-state="upgraded"]').length === 2`)
		if n := eval[int](t, ctx, `document.querySelectorAll('iframe.saidwho-frame[sandbox]').length`); n != 2 {
			t.Fatalf("%d sandboxed frames, want 2", n)
		}
		sandbox := eval[string](t, ctx, `document.querySelector('iframe.saidwho-frame').getAttribute('sandbox')`)
		if !strings.Contains(sandbox, "allow-scripts") || strings.Contains(sandbox, "allow-same-origin") {
			t.Errorf("sandbox = %q: want allow-scripts without allow-same-origin", sandbox)
		}
		for _, theme := range []string{"light", "dark"} {
			fctx := frameContext(t, ctx, "theme="+theme)
			poll(t, fctx, "the quote in the "+theme+" frame", `!!document.querySelector('blockquote')`)
			v := eval[frameView](t, fctx, readFrame)
			if !strings.Contains(v.Quote, quote) || !strings.Contains(v.Speaker, speaker) {
				t.Errorf("%s frame shows %q by %q, want %q by %q", theme, v.Quote, v.Speaker, quote, speaker)
			}
			if l := luminance(t, v.Background); (theme == "light") != (l > 0.5) {
				t.Errorf("%s frame background %s has luminance %.2f", theme, v.Background, l)
			}
			frameHeight := eval[float64](t, ctx, `document.querySelector('iframe[src*="theme=`+theme+`"]').getBoundingClientRect().height`)
			if math.Abs(frameHeight-math.Ceil(v.BodyHeight)) > 1 {
				t.Errorf("%s frame is %.0f px tall, its content %.1f px", theme, frameHeight, v.BodyHeight)
			}
			screenshot(t, ctx, dir, "embed-"+theme+".png", chromedp.Screenshot(chromedp.CSS(`iframe[src*="theme=`+theme+`"]`)))
		}
		screenshot(t, ctx, dir, "embed-host.png", chromedp.FullScreenshot(100))

		// A narrower column wraps the quote onto more lines: the frame must
		// follow its content, in both directions.
		wide := eval[float64](t, ctx, `document.querySelector('iframe').getBoundingClientRect().height`)
		eval[chromedp.Void](t, ctx, `document.getElementById('column').style.width = '230px'`)
		poll(t, ctx, "the frame to grow in a narrow column",
			fmt.Sprintf(`document.querySelector('iframe').getBoundingClientRect().height > %g`, wide))
		fctx := frameContext(t, ctx, "theme=light")
		poll(t, fctx, "the content to settle", `true`)
		narrow := eval[float64](t, ctx, `document.querySelector('iframe').getBoundingClientRect().height`)
		body := eval[frameView](t, fctx, readFrame).BodyHeight
		if math.Abs(narrow-math.Ceil(body)) > 1 {
			t.Errorf("narrow frame is %.0f px tall, its content %.1f px", narrow, body)
		}
		screenshot(t, ctx, dir, "embed-narrow.png", chromedp.Screenshot(chromedp.CSS(`#slot0`)))
		eval[chromedp.Void](t, ctx, `document.getElementById('column').style.width = '480px'`)
		poll(t, ctx, "the frame to shrink back",
			fmt.Sprintf(`document.querySelector('iframe').getBoundingClientRect().height < %g`, narrow))
	})

	t.Run("without JavaScript the snippet reads the same", func(t *testing.T) {
		ctx := tab(t, browser)
		if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
		navigate(t, ctx, host.URL+"/themes")
		text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#slot0 figure blockquote")))
		if err != nil {
			t.Fatal(err)
		}
		caption, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#slot0 figure figcaption")))
		if err != nil {
			t.Fatal(err)
		}
		if strings.TrimSpace(text) != quote || !strings.Contains(caption, speaker) {
			t.Errorf("without JavaScript: %q / %q, want %q by %q", text, caption, quote, speaker)
		}
		nodes, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll("iframe"), chromedp.AtLeast(0)))
		if err != nil {
			t.Fatal(err)
		}
		if len(nodes) != 0 {
			t.Errorf("%d iframes without JavaScript, want none", len(nodes))
		}
		screenshot(t, ctx, dir, "embed-nojs.png", chromedp.FullScreenshot(100))
	})

	t.Run("hostile content never runs", func(t *testing.T) {
		ctx := tab(t, browser)
		for _, path := range []string{fmt.Sprintf("/quotes/%d", f.hostile), fmt.Sprintf("/embed/quotes/%d", f.hostile), "/"} {
			navigate(t, ctx, f.URL+path)
			poll(t, ctx, "the page to load", `document.readyState === 'complete'`)
			if eval[bool](t, ctx, `!!window.__pwned`) {
				t.Errorf("%s: an injected script ran", path)
			}
			if n := eval[int](t, ctx, `document.querySelectorAll('img[src="x"], a[href^="javascript:"]').length`); n != 0 {
				t.Errorf("%s: %d injected elements", path, n)
			}
			if !strings.Contains(eval[string](t, ctx, `document.body.innerText`), hostileQ) {
				t.Errorf("%s: the hostile quote is not shown as text", path)
			}
		}
		navigate(t, ctx, host.URL+"/hostile")
		poll(t, ctx, "the hostile figure to be upgraded", `document.querySelectorAll('figure[data-saidwho-state="upgraded"]').length === 1`)
		v := eval[frameView](t, frameContext(t, ctx, fmt.Sprintf("/embed/quotes/%d", f.hostile)), readFrame)
		if v.Pwned || v.Images != 0 || !strings.Contains(v.Quote, hostileQ) || !strings.Contains(v.Speaker, "<script>") {
			t.Errorf("hostile frame: %+v, want the markup shown as text", v)
		}
		if eval[bool](t, ctx, `!!window.__pwned`) {
			t.Error("an injected script ran in the host page")
		}
	})

	t.Run("pages", func(t *testing.T) {
		ctx := tab(t, browser)
		if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
			Width: 1100, Height: 900, DeviceScaleFactor: 1}); err != nil {
			t.Fatal(err)
		}
		navigate(t, ctx, fmt.Sprintf("%s/quotes/%d", f.URL, f.bridge))
		poll(t, ctx, "the preview embed", `!!document.querySelector('figure[data-saidwho-state="upgraded"]')`)
		if got := eval[string](t, ctx, `document.querySelector('link[rel=alternate][type="application/json+oembed"]').href`); !strings.Contains(got, "/oembed?") {
			t.Errorf("oEmbed discovery link = %q", got)
		}
		if !eval[bool](t, ctx, `!document.querySelector('button.copy').hidden`) {
			t.Error("the copy button is hidden with JavaScript on")
		}
		screenshot(t, ctx, dir, "quote-page.png", fullPage())
		navigate(t, ctx, f.URL+"/")
		if !strings.Contains(eval[string](t, ctx, `document.body.innerText`), quote) {
			t.Error("the browse page does not list the quote")
		}
		screenshot(t, ctx, dir, "browse.png", chromedp.CaptureScreenshot())
		navigate(t, ctx, f.URL+"/speakers/jane-roe")
		if n := eval[int](t, ctx, `document.querySelectorAll('.quote-item').length`); n != 2 {
			t.Errorf("Jane Roe's page lists %d quotes, want 2", n)
		}
		screenshot(t, ctx, dir, "speaker-page.png", chromedp.CaptureScreenshot())
	})
}
