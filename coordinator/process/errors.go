package process

import "errors"

// ErrJoin is returned for a join whose ballot does not open correctly —
// impossible for a join whose proof verified.
var ErrJoin = errors.New("process: join ballot does not open")
