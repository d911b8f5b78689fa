package atomicfile

import "errors"

// ErrExists is returned by Write when the destination exists and overwrite
// was not asked for.
var ErrExists = errors.New("atomicfile: file exists")
