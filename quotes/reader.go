package quotes

import "context"

// ArticleReader is implemented by stores that can return a stored article
// by id. It is kept apart from Store so that a Store without it still
// serves everything but the details that need the article (its date and
// language).
type ArticleReader interface {
	Article(ctx context.Context, id int64) (*Article, error)
}
