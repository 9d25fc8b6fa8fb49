package benchfmt

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// ErrNotBench is wrapped by Read's error when the input is not a goscipy
// bench document at all (not JSON, or JSON without the format field).
var ErrNotBench = errors.New("not a goscipy bench document")

// ErrVersion is wrapped by Read's error when the document is a goscipy
// bench document of a schema version this build cannot read.
var ErrVersion = errors.New("unsupported goscipy bench schema version")

// ErrInvalid is wrapped by Read's error when a document of a known version
// breaks its own rules (a result without times, a median outside its
// range): a hand-edited or truncated file.
var ErrInvalid = errors.New("invalid goscipy bench document")

// Read decodes and validates one document. Its errors wrap ErrNotBench,
// ErrVersion or ErrInvalid, with a message saying what was found.
func Read(r io.Reader) (*Document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	// Look at the two identifying fields first, so a foreign JSON file is
	// reported as foreign and not as a document with odd field types.
	var head struct {
		Format        *string         `json:"format"`
		SchemaVersion json.RawMessage `json:"schema_version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return nil, fmt.Errorf("%w: not valid JSON (%v)", ErrNotBench, err)
		}
		return nil, fmt.Errorf("%w: the top level is not a JSON object (%v)", ErrNotBench, err)
	}
	if head.Format == nil {
		return nil, fmt.Errorf("%w: it has no \"format\" field (goscipy bench documents have \"format\": %q)", ErrNotBench, Format)
	}
	if *head.Format != Format {
		return nil, fmt.Errorf("%w: its \"format\" is %q, want %q", ErrNotBench, *head.Format, Format)
	}
	var version int
	if err := json.Unmarshal(head.SchemaVersion, &version); err != nil {
		return nil, fmt.Errorf("%w: \"schema_version\" is %s, want an integer", ErrVersion, orMissing(head.SchemaVersion))
	}
	if version < 1 || version > SchemaVersion {
		return nil, fmt.Errorf("%w: the document has schema_version %d, this goscipy reads 1 to %d (a newer goscipy made it?)", ErrVersion, version, SchemaVersion)
	}
	var doc Document
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if err := doc.Validate(); err != nil {
		return nil, err
	}
	return &doc, nil
}

func orMissing(raw json.RawMessage) string {
	if len(raw) == 0 {
		return "missing"
	}
	return string(raw)
}

// Validate checks the rules Read enforces on a decoded document: the
// identifying fields, and for every result that ran, times that agree with
// their summary. Its error wraps ErrNotBench, ErrVersion or ErrInvalid.
func (d *Document) Validate() error {
	if d.Format != Format {
		return fmt.Errorf("%w: format %q", ErrNotBench, d.Format)
	}
	if d.SchemaVersion < 1 || d.SchemaVersion > SchemaVersion {
		return fmt.Errorf("%w: %d", ErrVersion, d.SchemaVersion)
	}
	seen := map[Key]bool{}
	for i, r := range d.Results {
		where := fmt.Sprintf("result %d (%s)", i, r.Key())
		if r.Kernel == "" || r.Size < 1 || r.Threads < 1 {
			return fmt.Errorf("%w: %s: needs a kernel, a size ≥ 1 and threads ≥ 1", ErrInvalid, where)
		}
		if seen[r.Key()] {
			return fmt.Errorf("%w: %s appears twice", ErrInvalid, where)
		}
		seen[r.Key()] = true
		if r.Skipped != "" {
			continue
		}
		if len(r.TimesNS) == 0 {
			return fmt.Errorf("%w: %s: no times and not skipped", ErrInvalid, where)
		}
		lo, med, hi := Summarize(r.TimesNS)
		if lo != r.MinNS || med != r.MedianNS || hi != r.MaxNS {
			return fmt.Errorf("%w: %s: min/median/max %d/%d/%d do not match times_ns (%d/%d/%d)",
				ErrInvalid, where, r.MinNS, r.MedianNS, r.MaxNS, lo, med, hi)
		}
		if lo <= 0 {
			return fmt.Errorf("%w: %s: a time is not positive", ErrInvalid, where)
		}
	}
	return nil
}
