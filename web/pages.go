package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"

	"saidwho/quotes"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets
var assetFS embed.FS

// Content-Security-Policy of the pages: only saidwho's own scripts, styles
// and frames (the embed preview); framed only by saidwho.
const pageCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'"

// Content-Security-Policy of the embed: the same, nothing to submit or
// frame, and any page may frame it.
const embedCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"form-action 'none'; base-uri 'none'; frame-ancestors *"

// Cache policies of the static files: versioned asset URLs never change;
// widget.js keeps its URL across releases, so it is kept for an hour.
const (
	immutableCacheControl = "public, max-age=31536000, immutable"
	widgetCacheControl    = "public, max-age=3600, stale-while-revalidate=86400"
)

// pages holds the parsed templates and the embedded static files.
type pages struct {
	tmpl    map[string]*template.Template
	snippet *template.Template
	assets  map[string]asset
}

// asset is one embedded static file with its content hash.
type asset struct {
	body        []byte
	hash        string
	contentType string
}

// loadPages parses the embedded templates and hashes the embedded assets.
// Both are compiled into the binary, so a failure is a programming error.
func loadPages() *pages {
	p := &pages{tmpl: map[string]*template.Template{}, assets: map[string]asset{}}
	types := map[string]string{".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}
	entries, err := fs.ReadDir(assetFS, "assets")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		body, err := assetFS.ReadFile("assets/" + e.Name())
		if err != nil {
			panic(err)
		}
		sum := sha256.Sum256(body)
		p.assets[e.Name()] = asset{body: body, hash: hex.EncodeToString(sum[:6]), contentType: types[path.Ext(e.Name())]}
	}
	funcs := template.FuncMap{
		"asset": func(name string) string {
			a, ok := p.assets[name]
			if !ok {
				panic("no asset " + name)
			}
			return "/assets/" + name + "?v=" + a.hash
		},
		"paragraphs": func(s string) []string {
			var out []string
			for _, para := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
				if para = strings.TrimSpace(para); para != "" {
					out = append(out, para)
				}
			}
			return out
		},
		"truncate": truncate,
	}
	base := template.Must(template.New("").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/partials.html", "templates/snippet.html"))
	for _, name := range []string{"index", "quote", "speaker", "error"} {
		t := template.Must(base.Clone())
		p.tmpl[name] = template.Must(t.ParseFS(templateFS, "templates/"+name+".html"))
	}
	p.tmpl["embed"] = template.Must(template.Must(base.Clone()).ParseFS(templateFS, "templates/embed.html"))
	p.snippet = template.Must(base.Clone())
	return p
}

// render writes the named page with data, or a logged 500 if it fails.
// The page is rendered to a buffer first so that a failure never leaves
// half a page behind.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages.tmpl[name].ExecuteTemplate(&buf, name, data); err != nil {
		s.logger.ErrorContext(r.Context(), "render page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	if h.Get("Content-Security-Policy") == defaultCSP {
		h.Set("Content-Security-Policy", pageCSP)
	}
	w.WriteHeader(status)
	w.Write(buf.Bytes()) //nolint:errcheck // the client has gone; nothing to do
}

// errorPage is the data of the error page.
type errorPage struct {
	chrome
	Status  int
	Message string
}

// renderError answers a page request with an HTML error page, mapping the
// error code to a status as writeError does; internal errors are logged
// and never shown.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, err error) {
	status, ok := statusOf[quotes.ErrorCode(err)]
	if !ok {
		status = http.StatusInternalServerError
	}
	msg := quotes.ErrorMessage(err)
	if status == http.StatusInternalServerError {
		s.logger.ErrorContext(r.Context(), "internal error", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = "Something went wrong on our side."
	}
	s.render(w, r, status, "error", errorPage{chrome: chrome{Title: http.StatusText(status)}, Status: status, Message: msg})
}

// quoteID reads the {id} route variable.
func quoteID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(routeVar(r, "id"), 10, 64)
	if err != nil || id < 1 {
		return 0, quotes.Errorf(quotes.ENOTFOUND, "there is no quote %q", routeVar(r, "id"))
	}
	return id, nil
}

func (s *Server) handleWidget(w http.ResponseWriter, r *http.Request) {
	a := s.pages.assets["widget.js"]
	w.Header().Set("Content-Type", a.contentType)
	w.Header().Set("Cache-Control", widgetCacheControl)
	w.Write(a.body) //nolint:errcheck // the client has gone; nothing to do
}

func (s *Server) handleAsset(w http.ResponseWriter, r *http.Request) {
	a, ok := s.pages.assets[routeVar(r, "name")]
	if !ok {
		s.writeError(w, r, quotes.Errorf(quotes.ENOTFOUND, "no such file: %s", r.URL.Path))
		return
	}
	w.Header().Set("Content-Type", a.contentType)
	if r.URL.Query().Get("v") == a.hash {
		w.Header().Set("Cache-Control", immutableCacheControl)
	}
	w.Write(a.body) //nolint:errcheck // the client has gone; nothing to do
}
