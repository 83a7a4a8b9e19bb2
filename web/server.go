// Package web serves saidwho over HTTP with gorilla/mux: the JSON API, the
// browse pages, the quote pages, the embeddable quote widget and oEmbed.
package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gorilla/mux"

	"saidwho/quotes"
)

// DefaultMaxBody caps request bodies unless Config says otherwise: room
// for a long article sent as HTML inside JSON.
const DefaultMaxBody = 8 << 20

// shutdownGrace is how long in-flight requests get to finish on shutdown.
const shutdownGrace = 10 * time.Second

// Extractor finds the quotes of one article text.
type Extractor interface {
	Extract(text string) []quotes.Quote
}

// Config holds the server's settings.
type Config struct {
	// Token, when set, is required as "Authorization: Bearer TOKEN" on writes.
	Token string
	// MaxBodyBytes caps request bodies; 0 means DefaultMaxBody.
	MaxBodyBytes int64
	// PublicURL is the absolute base URL ("https://quotes.example.org") that
	// snippets, oEmbed answers and pages link to; empty means the scheme and
	// host of each request. Check it with ParsePublicURL.
	PublicURL string
}

// ParsePublicURL checks a public base URL: absolute, http or https, no
// query or fragment. It returns it without a trailing slash.
func ParsePublicURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("public URL %q: %w", raw, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("public URL %q: want an absolute http or https URL without query, fragment or user", raw)
	}
	return strings.TrimRight(u.String(), "/"), nil
}

// Server is the HTTP API over a store.
type Server struct {
	store     quotes.Store
	extractor Extractor
	logger    *slog.Logger
	token     string
	maxBody   int64
	publicURL string
	pages     *pages
	handler   http.Handler
}

// NewServer returns a server for st, extracting quotes with x.
func NewServer(st quotes.Store, x Extractor, logger *slog.Logger, cfg Config) *Server {
	s := &Server{store: st, extractor: x, logger: logger, token: cfg.Token, maxBody: cfg.MaxBodyBytes,
		publicURL: strings.TrimRight(cfg.PublicURL, "/"), pages: loadPages()}
	if s.maxBody <= 0 {
		s.maxBody = DefaultMaxBody
	}
	r := mux.NewRouter()
	s.routes(r)
	// These wrap the router rather than being router middleware so that
	// 404s and 405s are logged and limited too.
	s.handler = s.logRequests(s.recoverPanics(securityHeaders(s.limitBody(r))))
	return s
}

// ServeHTTP makes the server an http.Handler, for tests and embedding.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Serve answers requests on ln until ctx is cancelled, then shuts down
// gracefully, letting in-flight requests finish.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(s.logger.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
