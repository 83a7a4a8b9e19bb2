package quotes

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ParseAliases reads an alias file: one speaker per line, its canonical
// name first and then the other names it goes by, separated by "|":
//
//	# comments and blank lines are ignored
//	Barack Obama | Obama | President Obama | Barack Hussein Obama
//	Hillary Clinton | Hillary Rodham Clinton | Mrs. Clinton
//
// A line with a name and no variants is allowed (it makes sure the speaker
// exists). name says where the rules come from, for error messages.
func ParseAliases(r io.Reader, name string) ([]AliasRule, error) {
	var rules []AliasRule
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		var rule AliasRule
		for i, field := range strings.Split(text, "|") {
			field = strings.Join(strings.Fields(field), " ")
			switch {
			case field == "":
				return nil, Errorf(EINVALID, "%s:%d: empty name between '|' separators", name, line)
			case i == 0:
				rule.Name = field
			default:
				rule.Variants = append(rule.Variants, field)
			}
		}
		rules = append(rules, rule)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return rules, nil
}
