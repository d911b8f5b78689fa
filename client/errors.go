package client

import "errors"

// Errors returned by the identity keystore.
var (
	// ErrWrongPassphrase means the passphrase does not open the keystore.
	// Authenticated encryption cannot tell a wrong passphrase from an edited
	// ciphertext, nonce, salt or commitment, so those give this error too.
	ErrWrongPassphrase = errors.New("client: wrong passphrase")
	// ErrPassphraseRequired means an encrypted keystore was loaded without one.
	ErrPassphraseRequired = errors.New("client: keystore is encrypted, a passphrase is required")
	// ErrMalformedKeystore means the file is not a keystore this version reads.
	ErrMalformedKeystore = errors.New("client: malformed keystore")
	// ErrKeystoreExists means SaveIdentity would replace an existing file.
	ErrKeystoreExists = errors.New("client: keystore file already exists")
	// ErrInvalidOption means a SaveOption was given an unusable value.
	ErrInvalidOption = errors.New("client: invalid option")
	// ErrKeystoreAltered means a keystore's secret does not give the
	// commitment the file states: one of them was edited.
	ErrKeystoreAltered = errors.New("client: keystore file was altered")
)

// Errors of the voting side.
var (
	ErrMalformedSubmission = errors.New("client: malformed submission")
	ErrChoice              = errors.New("client: invalid choice")
	ErrRecord              = errors.New("client: invalid voter record")
	ErrWrongCensus         = errors.New("client: census proof is not for this poll's census")
)

// Errors of the connection to a coordinator.
var (
	// ErrReceipt means a coordinator's receipt or seal does not check out.
	ErrReceipt = errors.New("client: receipt does not check out")
	// ErrWrongPoll means the coordinator served another poll than asked for.
	ErrWrongPoll = errors.New("client: the coordinator served a definition that is not this poll's")
	// ErrWrongCoordinator means the poll names another coordinator's key.
	ErrWrongCoordinator = errors.New("client: the poll's coordinator key is not this coordinator's")
	// ErrJoinNotFound means the poll's log holds no join with the state leaf.
	ErrJoinNotFound = errors.New("client: the join is not in the poll's log")
	// ErrServerSpeaksTLS means a plaintext connection (Dial without
	// WithTLS) reached a coordinator that serves TLS.
	ErrServerSpeaksTLS = errors.New("client: the coordinator speaks TLS, this connection is plaintext")
	// ErrMaybeLogged marks a failed submission that the coordinator may
	// still have logged: Cast keeps the voter record.
	ErrMaybeLogged = errors.New("client: the vote may have been logged")
)

// ErrArtefacts means a coordinator sent a malformed set of artefacts.
var ErrArtefacts = errors.New("client: malformed artefacts")
