package main

import (
	"encoding/json"
	"math/big"
)

// printJSON writes v as the command's one JSON result.
func (a *app) printJSON(v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// optionJSON is one option's result, amounts as decimal strings.
type optionJSON struct {
	Label string `json:"label"`
	Total string `json:"total"`
	Spent string `json:"spent"`
}

func optionsJSON(labels []string, totals, spent []*big.Int) []optionJSON {
	out := make([]optionJSON, 0, len(labels))
	for i, l := range labels {
		if i < len(totals) && i < len(spent) {
			out = append(out, optionJSON{Label: l, Total: totals[i].String(), Spent: spent[i].String()})
		}
	}
	return out
}
