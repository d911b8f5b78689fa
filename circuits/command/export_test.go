package command

// Step names a step of Define for the attack tests.
type Step = step

// The steps of Define, in order.
const (
	StepPoll          = stepPoll
	StepEphemeralKey  = stepEphemeralKey
	StepEncryption    = stepEncryption
	StepMessageHash   = stepMessageHash
	StepAuthorization = stepAuthorization
	StepNewKey        = stepNewKey
	StepOpening       = stepOpening
	StepEntry         = stepEntry
)

// Steps lists every step of Define.
var Steps = []Step{StepPoll, StepEphemeralKey, StepEncryption, StepMessageHash, StepAuthorization, StepNewKey, StepOpening, StepEntry}

// NewCircuitWithout returns the circuit with one step left out: a witness
// it accepts while the full circuit refuses it is refused by that step
// alone.
func NewCircuitWithout(s Step) *Circuit {
	c := NewCircuit()
	c.skip = s
	return c
}
