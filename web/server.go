// Package web serves saidwho's JSON API over HTTP with gorilla/mux.
package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
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
}

// Server is the HTTP API over a store.
type Server struct {
	store     quotes.Store
	extractor Extractor
	logger    *slog.Logger
	token     string
	maxBody   int64
	handler   http.Handler
}

// NewServer returns a server for st, extracting quotes with x.
func NewServer(st quotes.Store, x Extractor, logger *slog.Logger, cfg Config) *Server {
	s := &Server{store: st, extractor: x, logger: logger, token: cfg.Token, maxBody: cfg.MaxBodyBytes}
	if s.maxBody <= 0 {
		s.maxBody = DefaultMaxBody
	}
	r := mux.NewRouter()
	s.routes(r)
	// These wrap the router rather than being router middleware so that
	// 404s and 405s are logged and limited too.
	s.handler = s.logRequests(s.recoverPanics(s.limitBody(r)))
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
