// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// CheckpointsCheckpoint208 is an auto generated low-level Go binding around an user-defined struct.
type CheckpointsCheckpoint208 struct {
	Key   *big.Int
	Value *big.Int
}

// Groth16Verifier1MetaData contains all meta data concerning the Groth16Verifier1 contract.
var Groth16Verifier1MetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VERIFYING_KEY_SHA256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506113b88061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80630ea14a391461004e5780638d8f8a5c14610077578063c498df291461008c578063ce6c832c146100c1575b5f5ffd5b61006161005c366004611227565b6100d4565b60405161006e9190611266565b60405180910390f35b61008a6100853660046112a6565b610190565b005b6100b37f7a6b766f746520766b2073686132353620706c616365686f6c6465722121212181565b60405190815260200161006e565b61008a6100cf3660046112f7565b610457565b6100dc611187565b61010082146101295760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b8235602084013561013a8282610771565b835250506060830135604084013560a0850135608086013561015e8484848461085e565b6020870152604086015260c0870135935060e087013592506101808484610771565b6060860152509295945050505050565b61010082146101d85760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b6044820152606401610120565b5f5f6101e383610b37565b915091505f6040516101008782377f04dd19f3bc22653bd625f3b173b7f51f1180565dca5c6e60d5d30fb2d7a46e136101008201527f14b48d9c6c899eb660ebf634544d1628420f8b030a5612f20a08d292ca68257f6101208201527f0bbc62b93b4743fc13a3835e870eb9bf1e5116544b2a2e49d9806f3b0b9f34b16101408201527f3007e57399e3467794317c430323a3c86dc37d133d4beb133afda7cce7cbbd606101608201527f15e9f0f2cc4d6d245f6359dbe25076bdf6293d67f9b267eaa32956b7f0b956176101808201527f1550e7d71f383728bb3c142247f874cdbb501b6abfaeaace7bef452fac09d81f6101a08201527f263031365ef5fc4bb05ba195e0c9954dabb0e59b98665760ae6f6d57c6db9dcc6101c08201527f22c07c3bd2f1e50fde8e5e5675c4cebb682310410bdd8d10713a26def623a2fd6101e08201527f27795e1e3e2213a1b48157dfb99e4aa2a6b57f44e5b45984989184e8a810ed8b6102008201527f0e43ad248e4c1ca3106e9ae9ab7de673ef3603a2e783d1daec78d151500da3dd61022082015283610240820152826102608201527f103bb18946f102ea7612436ba53e4796d4b471061e6f82fdfb3114c57247cdfb6102808201527f1445c3636640334620eb2ab06b3a072ac14ae4a024fe8e74b883c5597a42b4ac6102a08201527f1beb42a840744a44fa2d086bb8580a76ec883ac58b6dae3178be28462160130c6102c08201527f15f8bd43781008e0c0507b96f371a1ed0092f7bc5658c03b3abe39808d0b69726102e08201526020816103008360085afa90511690508061044f57604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b61045f6111a5565b5f8061047185825b6020020135610c56565b90925090505f80808061048c60408a013560208b0135610cf4565b929650909450925090505f806104a38b6003610467565b915091505f5f6104b28c610b37565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f04dd19f3bc22653bd625f3b173b7f51f1180565dca5c6e60d5d30fb2d7a46e136101008e01527f14b48d9c6c899eb660ebf634544d1628420f8b030a5612f20a08d292ca68257f6101208e01527f0bbc62b93b4743fc13a3835e870eb9bf1e5116544b2a2e49d9806f3b0b9f34b16101408e01527f3007e57399e3467794317c430323a3c86dc37d133d4beb133afda7cce7cbbd606101608e01527f15e9f0f2cc4d6d245f6359dbe25076bdf6293d67f9b267eaa32956b7f0b956176101808e01527f1550e7d71f383728bb3c142247f874cdbb501b6abfaeaace7bef452fac09d81f6101a08e01527f263031365ef5fc4bb05ba195e0c9954dabb0e59b98665760ae6f6d57c6db9dcc6101c08e01527f22c07c3bd2f1e50fde8e5e5675c4cebb682310410bdd8d10713a26def623a2fd6101e08e01527f27795e1e3e2213a1b48157dfb99e4aa2a6b57f44e5b45984989184e8a810ed8b6102008e01527f0e43ad248e4c1ca3106e9ae9ab7de673ef3603a2e783d1daec78d151500da3dd6102208e01526102408d018290526102608d018190527f103bb18946f102ea7612436ba53e4796d4b471061e6f82fdfb3114c57247cdfb6102808e01527f1445c3636640334620eb2ab06b3a072ac14ae4a024fe8e74b883c5597a42b4ac6102a08e01527f1beb42a840744a44fa2d086bb8580a76ec883ac58b6dae3178be28462160130c6102c08e01527f15f8bd43781008e0c0507b96f371a1ed0092f7bc5658c03b3abe39808d0b69726102e08e015290925090505f6107266111c4565b6020816103008f60085afa915081158061074257508051600114155b1561076057604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f5160206113635f395f51905f528310158061079b57505f5160206113635f395f51905f528210155b156107b957604051631ff3747d60e21b815260040160405180910390fd5b821580156107c5575081155b156107d157505f610858565b5f61080c5f5160206113635f395f51905f5260035f5160206113635f395f51905f52875f5160206113635f395f51905f52898a090908610ec8565b9050808303610821575050600182901b610858565b61082a81610f2a565b830361083d575050600182811b17610858565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206113635f395f51905f528610158061088957505f5160206113635f395f51905f528510155b806108a157505f5160206113635f395f51905f528410155b806108b957505f5160206113635f395f51905f528310155b156108d757604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036108ee57505f905080610b2e565b5f80805f5160206113635f395f51905f5261091760035f5160206113635f395f51905f52611343565b5f5160206113635f395f51905f528a8c090990505f5f5160206113635f395f51905f528a5f5160206113635f395f51905f528c8d090990505f5f5160206113635f395f51905f528a5f5160206113635f395f51905f528c8d090990505f5160206113635f395f51905f52805f5160206113635f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089450610a055f5160206113635f395f51905f52805f5160206113635f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508610f2a565b93505050505f5f610a525f5160206113635f395f51905f5280610a2a57610a2a61132f565b5f5160206113635f395f51905f528586095f5160206113635f395f51905f5287880908610ec8565b9050610a9d5f5160206113635f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206113635f395f51905f5284880809610f42565b15915050610aac838383610f8a565b90935091508683148015610abf57508186145b15610ae75780610acf575f610ad2565b60025b60ff1660028a901b175f179450879350610b2a565b610af083610f2a565b87148015610b055750610b0282610f2a565b86145b1561083d5780610b15575f610b18565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f04ea7a1713a1b71b09b0d833538132d67f205b85db1fd999c137338dffecb6de83527f207adb19e04b4ed2db4c41a206e24b32d3c3acbe19c6c4f8e044724b537379f260208401527f2063453c1db521c7f465f0045ac2aec6176f6cc55dcaa2a3108d9c9b4ef5205382527f108b0dcc70970d88bd7f7b3cdb1fadeaa986045bec9602f945815eb24d038ab96020830152863590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610c505760405163a54f8e2760e01b815260040160405180910390fd5b50915091565b5f5f825f03610c6957505f928392509050565b600183811c9250808416145f5160206113635f395f51905f528310610ca157604051631ff3747d60e21b815260040160405180910390fd5b610cdb5f5160206113635f395f51905f5260035f5160206113635f395f51905f52865f5160206113635f395f51905f528889090908610ec8565b91508015610c5057610cec82610f2a565b915050915091565b5f80808085158015610d04575084155b15610d1957505f925082915081905080610ebf565b600286811c945085935060018088161490808816145f5160206113635f395f51905f5286101580610d5757505f5160206113635f395f51905f528510155b15610d7557604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206113635f395f51905f52610d9c60035f5160206113635f395f51905f52611343565b5f5160206113635f395f51905f52888a090990505f5f5160206113635f395f51905f52885f5160206113635f395f51905f528a8b090990505f5f5160206113635f395f51905f52885f5160206113635f395f51905f528a8b090990505f5160206113635f395f51905f52805f5160206113635f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089650610e8a5f5160206113635f395f51905f52805f5160206113635f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508610f2a565b9550610e97878786610f8a565b90975095508415610eb957610eab87610f2a565b9650610eb686610f2a565b95505b50505050505b92959194509250565b5f610ef3827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f526110c6565b9050815f5160206113635f395f51905f5282830914610f2557604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5160206113635f395f51905f529081900681030690565b5f5f610f6e837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f526110c6565b9050825f5160206113635f395f51905f52828309149392505050565b5f8080610fb95f5160206113635f395f51905f52808788095f5160206113635f395f51905f52898a0908610ec8565b90508315610fcd57610fca81610f2a565b90505b6110165f5160206113635f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206113635f395f51905f52848a0809610ec8565b92505f5160206113635f395f51905f526110405f5160206113635f395f51905f5260028609611129565b860991505f5160206113635f395f51905f5261106b5f5160206113635f395f51905f52848509610f2a565b5f5160206113635f395f51905f52858609088614158061109f57505f5160206113635f395f51905f52808385096002098514155b156110bd57604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206113635f395f51905f5260a082015260208160c08360055afa9051925090508061085657604051631ff3747d60e21b815260040160405180910390fd5b5f611154827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd456110c6565b90505f5160206113635f395f51905f52818309600114610f2557604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f8401126111f2575f5ffd5b50813567ffffffffffffffff811115611209575f5ffd5b602083019150836020828501011115611220575f5ffd5b9250929050565b5f5f60208385031215611238575f5ffd5b823567ffffffffffffffff81111561124e575f5ffd5b61125a858286016111e2565b90969095509350505050565b6080810181835f5b600481101561128d57815183526020928301929091019060010161126e565b50505092915050565b8060208101831015610858575f5ffd5b5f5f5f604084860312156112b8575f5ffd5b833567ffffffffffffffff8111156112ce575f5ffd5b6112da868287016111e2565b90945092506112ee90508560208601611296565b90509250925092565b5f5f60a08385031215611308575f5ffd5b6080830184811115611318575f5ffd5b8392506113258582611296565b9150509250929050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561085857634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a26469706673582212203d5b7ce7cc7a274d628691e0963bf797bdd3c6800cb7795d8d5b4647df8a697a64736f6c634300081e0033",
}

// Groth16Verifier1ABI is the input ABI used to generate the binding from.
// Deprecated: Use Groth16Verifier1MetaData.ABI instead.
var Groth16Verifier1ABI = Groth16Verifier1MetaData.ABI

// Groth16Verifier1Bin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use Groth16Verifier1MetaData.Bin instead.
var Groth16Verifier1Bin = Groth16Verifier1MetaData.Bin

// DeployGroth16Verifier1 deploys a new Ethereum contract, binding an instance of Groth16Verifier1 to it.
func DeployGroth16Verifier1(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *Groth16Verifier1, error) {
	parsed, err := Groth16Verifier1MetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(Groth16Verifier1Bin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Groth16Verifier1{Groth16Verifier1Caller: Groth16Verifier1Caller{contract: contract}, Groth16Verifier1Transactor: Groth16Verifier1Transactor{contract: contract}, Groth16Verifier1Filterer: Groth16Verifier1Filterer{contract: contract}}, nil
}

// Groth16Verifier1 is an auto generated Go binding around an Ethereum contract.
type Groth16Verifier1 struct {
	Groth16Verifier1Caller     // Read-only binding to the contract
	Groth16Verifier1Transactor // Write-only binding to the contract
	Groth16Verifier1Filterer   // Log filterer for contract events
}

// Groth16Verifier1Caller is an auto generated read-only Go binding around an Ethereum contract.
type Groth16Verifier1Caller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Groth16Verifier1Transactor is an auto generated write-only Go binding around an Ethereum contract.
type Groth16Verifier1Transactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Groth16Verifier1Filterer is an auto generated log filtering Go binding around an Ethereum contract events.
type Groth16Verifier1Filterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Groth16Verifier1Session is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type Groth16Verifier1Session struct {
	Contract     *Groth16Verifier1 // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// Groth16Verifier1CallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type Groth16Verifier1CallerSession struct {
	Contract *Groth16Verifier1Caller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// Groth16Verifier1TransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type Groth16Verifier1TransactorSession struct {
	Contract     *Groth16Verifier1Transactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// Groth16Verifier1Raw is an auto generated low-level Go binding around an Ethereum contract.
type Groth16Verifier1Raw struct {
	Contract *Groth16Verifier1 // Generic contract binding to access the raw methods on
}

// Groth16Verifier1CallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type Groth16Verifier1CallerRaw struct {
	Contract *Groth16Verifier1Caller // Generic read-only contract binding to access the raw methods on
}

// Groth16Verifier1TransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type Groth16Verifier1TransactorRaw struct {
	Contract *Groth16Verifier1Transactor // Generic write-only contract binding to access the raw methods on
}

// NewGroth16Verifier1 creates a new instance of Groth16Verifier1, bound to a specific deployed contract.
func NewGroth16Verifier1(address common.Address, backend bind.ContractBackend) (*Groth16Verifier1, error) {
	contract, err := bindGroth16Verifier1(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Groth16Verifier1{Groth16Verifier1Caller: Groth16Verifier1Caller{contract: contract}, Groth16Verifier1Transactor: Groth16Verifier1Transactor{contract: contract}, Groth16Verifier1Filterer: Groth16Verifier1Filterer{contract: contract}}, nil
}

// NewGroth16Verifier1Caller creates a new read-only instance of Groth16Verifier1, bound to a specific deployed contract.
func NewGroth16Verifier1Caller(address common.Address, caller bind.ContractCaller) (*Groth16Verifier1Caller, error) {
	contract, err := bindGroth16Verifier1(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Groth16Verifier1Caller{contract: contract}, nil
}

// NewGroth16Verifier1Transactor creates a new write-only instance of Groth16Verifier1, bound to a specific deployed contract.
func NewGroth16Verifier1Transactor(address common.Address, transactor bind.ContractTransactor) (*Groth16Verifier1Transactor, error) {
	contract, err := bindGroth16Verifier1(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &Groth16Verifier1Transactor{contract: contract}, nil
}

// NewGroth16Verifier1Filterer creates a new log filterer instance of Groth16Verifier1, bound to a specific deployed contract.
func NewGroth16Verifier1Filterer(address common.Address, filterer bind.ContractFilterer) (*Groth16Verifier1Filterer, error) {
	contract, err := bindGroth16Verifier1(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &Groth16Verifier1Filterer{contract: contract}, nil
}

// bindGroth16Verifier1 binds a generic wrapper to an already deployed contract.
func bindGroth16Verifier1(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := Groth16Verifier1MetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Groth16Verifier1 *Groth16Verifier1Raw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Groth16Verifier1.Contract.Groth16Verifier1Caller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Groth16Verifier1 *Groth16Verifier1Raw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Groth16Verifier1.Contract.Groth16Verifier1Transactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Groth16Verifier1 *Groth16Verifier1Raw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Groth16Verifier1.Contract.Groth16Verifier1Transactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Groth16Verifier1 *Groth16Verifier1CallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Groth16Verifier1.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Groth16Verifier1 *Groth16Verifier1TransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Groth16Verifier1.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Groth16Verifier1 *Groth16Verifier1TransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Groth16Verifier1.Contract.contract.Transact(opts, method, params...)
}

// VERIFYINGKEYSHA256 is a free data retrieval call binding the contract method 0xc498df29.
//
// Solidity: function VERIFYING_KEY_SHA256() view returns(bytes32)
func (_Groth16Verifier1 *Groth16Verifier1Caller) VERIFYINGKEYSHA256(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Groth16Verifier1.contract.Call(opts, &out, "VERIFYING_KEY_SHA256")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VERIFYINGKEYSHA256 is a free data retrieval call binding the contract method 0xc498df29.
//
// Solidity: function VERIFYING_KEY_SHA256() view returns(bytes32)
func (_Groth16Verifier1 *Groth16Verifier1Session) VERIFYINGKEYSHA256() ([32]byte, error) {
	return _Groth16Verifier1.Contract.VERIFYINGKEYSHA256(&_Groth16Verifier1.CallOpts)
}

// VERIFYINGKEYSHA256 is a free data retrieval call binding the contract method 0xc498df29.
//
// Solidity: function VERIFYING_KEY_SHA256() view returns(bytes32)
func (_Groth16Verifier1 *Groth16Verifier1CallerSession) VERIFYINGKEYSHA256() ([32]byte, error) {
	return _Groth16Verifier1.Contract.VERIFYINGKEYSHA256(&_Groth16Verifier1.CallOpts)
}

// CompressProof is a free data retrieval call binding the contract method 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (_Groth16Verifier1 *Groth16Verifier1Caller) CompressProof(opts *bind.CallOpts, proof []byte) ([4]*big.Int, error) {
	var out []interface{}
	err := _Groth16Verifier1.contract.Call(opts, &out, "compressProof", proof)

	if err != nil {
		return *new([4]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)

	return out0, err

}

// CompressProof is a free data retrieval call binding the contract method 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (_Groth16Verifier1 *Groth16Verifier1Session) CompressProof(proof []byte) ([4]*big.Int, error) {
	return _Groth16Verifier1.Contract.CompressProof(&_Groth16Verifier1.CallOpts, proof)
}

// CompressProof is a free data retrieval call binding the contract method 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (_Groth16Verifier1 *Groth16Verifier1CallerSession) CompressProof(proof []byte) ([4]*big.Int, error) {
	return _Groth16Verifier1.Contract.CompressProof(&_Groth16Verifier1.CallOpts, proof)
}

// VerifyCompressedProof is a free data retrieval call binding the contract method 0xce6c832c.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] input) view returns()
func (_Groth16Verifier1 *Groth16Verifier1Caller) VerifyCompressedProof(opts *bind.CallOpts, compressedProof [4]*big.Int, input [1]*big.Int) error {
	var out []interface{}
	err := _Groth16Verifier1.contract.Call(opts, &out, "verifyCompressedProof", compressedProof, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyCompressedProof is a free data retrieval call binding the contract method 0xce6c832c.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] input) view returns()
func (_Groth16Verifier1 *Groth16Verifier1Session) VerifyCompressedProof(compressedProof [4]*big.Int, input [1]*big.Int) error {
	return _Groth16Verifier1.Contract.VerifyCompressedProof(&_Groth16Verifier1.CallOpts, compressedProof, input)
}

// VerifyCompressedProof is a free data retrieval call binding the contract method 0xce6c832c.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] input) view returns()
func (_Groth16Verifier1 *Groth16Verifier1CallerSession) VerifyCompressedProof(compressedProof [4]*big.Int, input [1]*big.Int) error {
	return _Groth16Verifier1.Contract.VerifyCompressedProof(&_Groth16Verifier1.CallOpts, compressedProof, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0x8d8f8a5c.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (_Groth16Verifier1 *Groth16Verifier1Caller) VerifyProof(opts *bind.CallOpts, proof []byte, input [1]*big.Int) error {
	var out []interface{}
	err := _Groth16Verifier1.contract.Call(opts, &out, "verifyProof", proof, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyProof is a free data retrieval call binding the contract method 0x8d8f8a5c.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (_Groth16Verifier1 *Groth16Verifier1Session) VerifyProof(proof []byte, input [1]*big.Int) error {
	return _Groth16Verifier1.Contract.VerifyProof(&_Groth16Verifier1.CallOpts, proof, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0x8d8f8a5c.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (_Groth16Verifier1 *Groth16Verifier1CallerSession) VerifyProof(proof []byte, input [1]*big.Int) error {
	return _Groth16Verifier1.Contract.VerifyProof(&_Groth16Verifier1.CallOpts, proof, input)
}

// Groth16Verifier4MetaData contains all meta data concerning the Groth16Verifier4 contract.
var Groth16Verifier4MetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VERIFYING_KEY_SHA256\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506115538061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80630ea14a391461004e5780636bf062b214610077578063c498df291461008c578063f2457c8d146100c1575b5f5ffd5b61006161005c3660046113a6565b6100d4565b60405161006e91906113e5565b60405180910390f35b61008a610085366004611425565b610190565b005b6100b37f7a6b766f746520766b2073686132353620706c616365686f6c6465722121212181565b60405190815260200161006e565b61008a6100cf366004611476565b610457565b6100dc611306565b61010082146101295760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b8235602084013561013a8282610771565b835250506060830135604084013560a0850135608086013561015e8484848461085e565b6020870152604086015260c0870135935060e087013592506101808484610771565b6060860152509295945050505050565b61010082146101d85760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b6044820152606401610120565b5f5f6101e383610b37565b915091505f6040516101008782377f04dd19f3bc22653bd625f3b173b7f51f1180565dca5c6e60d5d30fb2d7a46e136101008201527f14b48d9c6c899eb660ebf634544d1628420f8b030a5612f20a08d292ca68257f6101208201527f0bbc62b93b4743fc13a3835e870eb9bf1e5116544b2a2e49d9806f3b0b9f34b16101408201527f3007e57399e3467794317c430323a3c86dc37d133d4beb133afda7cce7cbbd606101608201527f15e9f0f2cc4d6d245f6359dbe25076bdf6293d67f9b267eaa32956b7f0b956176101808201527f1550e7d71f383728bb3c142247f874cdbb501b6abfaeaace7bef452fac09d81f6101a08201527f263031365ef5fc4bb05ba195e0c9954dabb0e59b98665760ae6f6d57c6db9dcc6101c08201527f22c07c3bd2f1e50fde8e5e5675c4cebb682310410bdd8d10713a26def623a2fd6101e08201527f27795e1e3e2213a1b48157dfb99e4aa2a6b57f44e5b45984989184e8a810ed8b6102008201527f0e43ad248e4c1ca3106e9ae9ab7de673ef3603a2e783d1daec78d151500da3dd61022082015283610240820152826102608201527f103bb18946f102ea7612436ba53e4796d4b471061e6f82fdfb3114c57247cdfb6102808201527f1445c3636640334620eb2ab06b3a072ac14ae4a024fe8e74b883c5597a42b4ac6102a08201527f1beb42a840744a44fa2d086bb8580a76ec883ac58b6dae3178be28462160130c6102c08201527f15f8bd43781008e0c0507b96f371a1ed0092f7bc5658c03b3abe39808d0b69726102e08201526020816103008360085afa90511690508061044f57604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b61045f611324565b5f8061047185825b6020020135610dd5565b90925090505f80808061048c60408a013560208b0135610e73565b929650909450925090505f806104a38b6003610467565b915091505f5f6104b28c610b37565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f04dd19f3bc22653bd625f3b173b7f51f1180565dca5c6e60d5d30fb2d7a46e136101008e01527f14b48d9c6c899eb660ebf634544d1628420f8b030a5612f20a08d292ca68257f6101208e01527f0bbc62b93b4743fc13a3835e870eb9bf1e5116544b2a2e49d9806f3b0b9f34b16101408e01527f3007e57399e3467794317c430323a3c86dc37d133d4beb133afda7cce7cbbd606101608e01527f15e9f0f2cc4d6d245f6359dbe25076bdf6293d67f9b267eaa32956b7f0b956176101808e01527f1550e7d71f383728bb3c142247f874cdbb501b6abfaeaace7bef452fac09d81f6101a08e01527f263031365ef5fc4bb05ba195e0c9954dabb0e59b98665760ae6f6d57c6db9dcc6101c08e01527f22c07c3bd2f1e50fde8e5e5675c4cebb682310410bdd8d10713a26def623a2fd6101e08e01527f27795e1e3e2213a1b48157dfb99e4aa2a6b57f44e5b45984989184e8a810ed8b6102008e01527f0e43ad248e4c1ca3106e9ae9ab7de673ef3603a2e783d1daec78d151500da3dd6102208e01526102408d018290526102608d018190527f103bb18946f102ea7612436ba53e4796d4b471061e6f82fdfb3114c57247cdfb6102808e01527f1445c3636640334620eb2ab06b3a072ac14ae4a024fe8e74b883c5597a42b4ac6102a08e01527f1beb42a840744a44fa2d086bb8580a76ec883ac58b6dae3178be28462160130c6102c08e01527f15f8bd43781008e0c0507b96f371a1ed0092f7bc5658c03b3abe39808d0b69726102e08e015290925090505f610726611343565b6020816103008f60085afa915081158061074257508051600114155b1561076057604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f5160206114de5f395f51905f528310158061079b57505f5160206114de5f395f51905f528210155b156107b957604051631ff3747d60e21b815260040160405180910390fd5b821580156107c5575081155b156107d157505f610858565b5f61080c5f5160206114de5f395f51905f5260035f5160206114de5f395f51905f52875f5160206114de5f395f51905f52898a090908611047565b9050808303610821575050600182901b610858565b61082a816110a9565b830361083d575050600182811b17610858565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206114de5f395f51905f528610158061088957505f5160206114de5f395f51905f528510155b806108a157505f5160206114de5f395f51905f528410155b806108b957505f5160206114de5f395f51905f528310155b156108d757604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036108ee57505f905080610b2e565b5f80805f5160206114de5f395f51905f5261091760035f5160206114de5f395f51905f526114be565b5f5160206114de5f395f51905f528a8c090990505f5f5160206114de5f395f51905f528a5f5160206114de5f395f51905f528c8d090990505f5f5160206114de5f395f51905f528a5f5160206114de5f395f51905f528c8d090990505f5160206114de5f395f51905f52805f5160206114de5f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089450610a055f5160206114de5f395f51905f52805f5160206114de5f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775086110a9565b93505050505f5f610a525f5160206114de5f395f51905f5280610a2a57610a2a6114aa565b5f5160206114de5f395f51905f528586095f5160206114de5f395f51905f5287880908611047565b9050610a9d5f5160206114de5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206114de5f395f51905f52848808096110c1565b15915050610aac838383611109565b90935091508683148015610abf57508186145b15610ae75780610acf575f610ad2565b60025b60ff1660028a901b175f179450879350610b2a565b610af0836110a9565b87148015610b055750610b02826110a9565b86145b1561083d5780610b15575f610b18565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f04ea7a1713a1b71b09b0d833538132d67f205b85db1fd999c137338dffecb6de83527f207adb19e04b4ed2db4c41a206e24b32d3c3acbe19c6c4f8e044724b537379f260208401527f2063453c1db521c7f465f0045ac2aec6176f6cc55dcaa2a3108d9c9b4ef5205382527f108b0dcc70970d88bd7f7b3cdb1fadeaa986045bec9602f945815eb24d038ab96020830152863590508060408301525f5160206114fe5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f111669f087c47a23ff117d5a72bbe8e767344974e08d9aca4c0073c744fbb73982527f259b10bd25527a10826b5a60e564aff3eee8223990e3105e94cae6cf684e8ea56020830152602087013590508060408301525f5160206114fe5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f0cee9a5d3b54cc2cf556ef8a4c4f50d3ad34228eaa87e4c994ad1f988059cea782527f1ec5301f156176081e2be5832e0679e172afe6d1a2c5b675314739d69c42fb9c6020830152604087013590508060408301525f5160206114fe5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f234fc09263f51e6a1f74fc9161fcbbacef42c7a6ed15feb76922bed5ae17264882527f1d3c4d0c2bf984aaf53c9205ac27d49be96948662e37a80011e513a8e54556586020830152606087013590508060408301525f5160206114fe5f395f51905f528110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610dcf5760405163a54f8e2760e01b815260040160405180910390fd5b50915091565b5f5f825f03610de857505f928392509050565b600183811c9250808416145f5160206114de5f395f51905f528310610e2057604051631ff3747d60e21b815260040160405180910390fd5b610e5a5f5160206114de5f395f51905f5260035f5160206114de5f395f51905f52865f5160206114de5f395f51905f528889090908611047565b91508015610dcf57610e6b826110a9565b915050915091565b5f80808085158015610e83575084155b15610e9857505f92508291508190508061103e565b600286811c945085935060018088161490808816145f5160206114de5f395f51905f5286101580610ed657505f5160206114de5f395f51905f528510155b15610ef457604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206114de5f395f51905f52610f1b60035f5160206114de5f395f51905f526114be565b5f5160206114de5f395f51905f52888a090990505f5f5160206114de5f395f51905f52885f5160206114de5f395f51905f528a8b090990505f5f5160206114de5f395f51905f52885f5160206114de5f395f51905f528a8b090990505f5160206114de5f395f51905f52805f5160206114de5f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50896506110095f5160206114de5f395f51905f52805f5160206114de5f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775086110a9565b9550611016878786611109565b909750955084156110385761102a876110a9565b9650611035866110a9565b95505b50505050505b92959194509250565b5f611072827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611245565b9050815f5160206114de5f395f51905f52828309146110a457604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5160206114de5f395f51905f529081900681030690565b5f5f6110ed837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611245565b9050825f5160206114de5f395f51905f52828309149392505050565b5f80806111385f5160206114de5f395f51905f52808788095f5160206114de5f395f51905f52898a0908611047565b9050831561114c57611149816110a9565b90505b6111955f5160206114de5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206114de5f395f51905f52848a0809611047565b92505f5160206114de5f395f51905f526111bf5f5160206114de5f395f51905f52600286096112a8565b860991505f5160206114de5f395f51905f526111ea5f5160206114de5f395f51905f528485096110a9565b5f5160206114de5f395f51905f52858609088614158061121e57505f5160206114de5f395f51905f52808385096002098514155b1561123c57604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206114de5f395f51905f5260a082015260208160c08360055afa9051925090508061085657604051631ff3747d60e21b815260040160405180910390fd5b5f6112d3827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611245565b90505f5160206114de5f395f51905f528183096001146110a457604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f840112611371575f5ffd5b50813567ffffffffffffffff811115611388575f5ffd5b60208301915083602082850101111561139f575f5ffd5b9250929050565b5f5f602083850312156113b7575f5ffd5b823567ffffffffffffffff8111156113cd575f5ffd5b6113d985828601611361565b90969095509350505050565b6080810181835f5b600481101561140c5781518352602092830192909101906001016113ed565b50505092915050565b8060808101831015610858575f5ffd5b5f5f5f60a08486031215611437575f5ffd5b833567ffffffffffffffff81111561144d575f5ffd5b61145986828701611361565b909450925061146d90508560208601611415565b90509250925092565b5f5f6101008385031215611488575f5ffd5b6114928484611415565b91506114a18460808501611415565b90509250929050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561085857634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a264697066735822122034e8e1973a2d94e9ceed9fe5423fd8115050b0f3e750d502ebb3ef9bc142181464736f6c634300081e0033",
}

// Groth16Verifier4ABI is the input ABI used to generate the binding from.
// Deprecated: Use Groth16Verifier4MetaData.ABI instead.
var Groth16Verifier4ABI = Groth16Verifier4MetaData.ABI

// Groth16Verifier4Bin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use Groth16Verifier4MetaData.Bin instead.
var Groth16Verifier4Bin = Groth16Verifier4MetaData.Bin

// DeployGroth16Verifier4 deploys a new Ethereum contract, binding an instance of Groth16Verifier4 to it.
func DeployGroth16Verifier4(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *Groth16Verifier4, error) {
	parsed, err := Groth16Verifier4MetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(Groth16Verifier4Bin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Groth16Verifier4{Groth16Verifier4Caller: Groth16Verifier4Caller{contract: contract}, Groth16Verifier4Transactor: Groth16Verifier4Transactor{contract: contract}, Groth16Verifier4Filterer: Groth16Verifier4Filterer{contract: contract}}, nil
}

// Groth16Verifier4 is an auto generated Go binding around an Ethereum contract.
type Groth16Verifier4 struct {
	Groth16Verifier4Caller     // Read-only binding to the contract
	Groth16Verifier4Transactor // Write-only binding to the contract
	Groth16Verifier4Filterer   // Log filterer for contract events
}

// Groth16Verifier4Caller is an auto generated read-only Go binding around an Ethereum contract.
type Groth16Verifier4Caller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Groth16Verifier4Transactor is an auto generated write-only Go binding around an Ethereum contract.
type Groth16Verifier4Transactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Groth16Verifier4Filterer is an auto generated log filtering Go binding around an Ethereum contract events.
type Groth16Verifier4Filterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Groth16Verifier4Session is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type Groth16Verifier4Session struct {
	Contract     *Groth16Verifier4 // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// Groth16Verifier4CallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type Groth16Verifier4CallerSession struct {
	Contract *Groth16Verifier4Caller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// Groth16Verifier4TransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type Groth16Verifier4TransactorSession struct {
	Contract     *Groth16Verifier4Transactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// Groth16Verifier4Raw is an auto generated low-level Go binding around an Ethereum contract.
type Groth16Verifier4Raw struct {
	Contract *Groth16Verifier4 // Generic contract binding to access the raw methods on
}

// Groth16Verifier4CallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type Groth16Verifier4CallerRaw struct {
	Contract *Groth16Verifier4Caller // Generic read-only contract binding to access the raw methods on
}

// Groth16Verifier4TransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type Groth16Verifier4TransactorRaw struct {
	Contract *Groth16Verifier4Transactor // Generic write-only contract binding to access the raw methods on
}

// NewGroth16Verifier4 creates a new instance of Groth16Verifier4, bound to a specific deployed contract.
func NewGroth16Verifier4(address common.Address, backend bind.ContractBackend) (*Groth16Verifier4, error) {
	contract, err := bindGroth16Verifier4(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Groth16Verifier4{Groth16Verifier4Caller: Groth16Verifier4Caller{contract: contract}, Groth16Verifier4Transactor: Groth16Verifier4Transactor{contract: contract}, Groth16Verifier4Filterer: Groth16Verifier4Filterer{contract: contract}}, nil
}

// NewGroth16Verifier4Caller creates a new read-only instance of Groth16Verifier4, bound to a specific deployed contract.
func NewGroth16Verifier4Caller(address common.Address, caller bind.ContractCaller) (*Groth16Verifier4Caller, error) {
	contract, err := bindGroth16Verifier4(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Groth16Verifier4Caller{contract: contract}, nil
}

// NewGroth16Verifier4Transactor creates a new write-only instance of Groth16Verifier4, bound to a specific deployed contract.
func NewGroth16Verifier4Transactor(address common.Address, transactor bind.ContractTransactor) (*Groth16Verifier4Transactor, error) {
	contract, err := bindGroth16Verifier4(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &Groth16Verifier4Transactor{contract: contract}, nil
}

// NewGroth16Verifier4Filterer creates a new log filterer instance of Groth16Verifier4, bound to a specific deployed contract.
func NewGroth16Verifier4Filterer(address common.Address, filterer bind.ContractFilterer) (*Groth16Verifier4Filterer, error) {
	contract, err := bindGroth16Verifier4(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &Groth16Verifier4Filterer{contract: contract}, nil
}

// bindGroth16Verifier4 binds a generic wrapper to an already deployed contract.
func bindGroth16Verifier4(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := Groth16Verifier4MetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Groth16Verifier4 *Groth16Verifier4Raw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Groth16Verifier4.Contract.Groth16Verifier4Caller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Groth16Verifier4 *Groth16Verifier4Raw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Groth16Verifier4.Contract.Groth16Verifier4Transactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Groth16Verifier4 *Groth16Verifier4Raw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Groth16Verifier4.Contract.Groth16Verifier4Transactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Groth16Verifier4 *Groth16Verifier4CallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Groth16Verifier4.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Groth16Verifier4 *Groth16Verifier4TransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Groth16Verifier4.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Groth16Verifier4 *Groth16Verifier4TransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Groth16Verifier4.Contract.contract.Transact(opts, method, params...)
}

// VERIFYINGKEYSHA256 is a free data retrieval call binding the contract method 0xc498df29.
//
// Solidity: function VERIFYING_KEY_SHA256() view returns(bytes32)
func (_Groth16Verifier4 *Groth16Verifier4Caller) VERIFYINGKEYSHA256(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Groth16Verifier4.contract.Call(opts, &out, "VERIFYING_KEY_SHA256")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VERIFYINGKEYSHA256 is a free data retrieval call binding the contract method 0xc498df29.
//
// Solidity: function VERIFYING_KEY_SHA256() view returns(bytes32)
func (_Groth16Verifier4 *Groth16Verifier4Session) VERIFYINGKEYSHA256() ([32]byte, error) {
	return _Groth16Verifier4.Contract.VERIFYINGKEYSHA256(&_Groth16Verifier4.CallOpts)
}

// VERIFYINGKEYSHA256 is a free data retrieval call binding the contract method 0xc498df29.
//
// Solidity: function VERIFYING_KEY_SHA256() view returns(bytes32)
func (_Groth16Verifier4 *Groth16Verifier4CallerSession) VERIFYINGKEYSHA256() ([32]byte, error) {
	return _Groth16Verifier4.Contract.VERIFYINGKEYSHA256(&_Groth16Verifier4.CallOpts)
}

// CompressProof is a free data retrieval call binding the contract method 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (_Groth16Verifier4 *Groth16Verifier4Caller) CompressProof(opts *bind.CallOpts, proof []byte) ([4]*big.Int, error) {
	var out []interface{}
	err := _Groth16Verifier4.contract.Call(opts, &out, "compressProof", proof)

	if err != nil {
		return *new([4]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)

	return out0, err

}

// CompressProof is a free data retrieval call binding the contract method 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (_Groth16Verifier4 *Groth16Verifier4Session) CompressProof(proof []byte) ([4]*big.Int, error) {
	return _Groth16Verifier4.Contract.CompressProof(&_Groth16Verifier4.CallOpts, proof)
}

// CompressProof is a free data retrieval call binding the contract method 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (_Groth16Verifier4 *Groth16Verifier4CallerSession) CompressProof(proof []byte) ([4]*big.Int, error) {
	return _Groth16Verifier4.Contract.CompressProof(&_Groth16Verifier4.CallOpts, proof)
}

// VerifyCompressedProof is a free data retrieval call binding the contract method 0xf2457c8d.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (_Groth16Verifier4 *Groth16Verifier4Caller) VerifyCompressedProof(opts *bind.CallOpts, compressedProof [4]*big.Int, input [4]*big.Int) error {
	var out []interface{}
	err := _Groth16Verifier4.contract.Call(opts, &out, "verifyCompressedProof", compressedProof, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyCompressedProof is a free data retrieval call binding the contract method 0xf2457c8d.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (_Groth16Verifier4 *Groth16Verifier4Session) VerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) error {
	return _Groth16Verifier4.Contract.VerifyCompressedProof(&_Groth16Verifier4.CallOpts, compressedProof, input)
}

// VerifyCompressedProof is a free data retrieval call binding the contract method 0xf2457c8d.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[4] input) view returns()
func (_Groth16Verifier4 *Groth16Verifier4CallerSession) VerifyCompressedProof(compressedProof [4]*big.Int, input [4]*big.Int) error {
	return _Groth16Verifier4.Contract.VerifyCompressedProof(&_Groth16Verifier4.CallOpts, compressedProof, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0x6bf062b2.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (_Groth16Verifier4 *Groth16Verifier4Caller) VerifyProof(opts *bind.CallOpts, proof []byte, input [4]*big.Int) error {
	var out []interface{}
	err := _Groth16Verifier4.contract.Call(opts, &out, "verifyProof", proof, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyProof is a free data retrieval call binding the contract method 0x6bf062b2.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (_Groth16Verifier4 *Groth16Verifier4Session) VerifyProof(proof []byte, input [4]*big.Int) error {
	return _Groth16Verifier4.Contract.VerifyProof(&_Groth16Verifier4.CallOpts, proof, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0x6bf062b2.
//
// Solidity: function verifyProof(bytes proof, uint256[4] input) view returns()
func (_Groth16Verifier4 *Groth16Verifier4CallerSession) VerifyProof(proof []byte, input [4]*big.Int) error {
	return _Groth16Verifier4.Contract.VerifyProof(&_Groth16Verifier4.CallOpts, proof, input)
}

// PlainTokenMetaData contains all meta data concerning the PlainToken contract.
var PlainTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610bab380380610bab83398101604081905261002e91610179565b338282600361003d8382610262565b50600461004a8282610262565b5050506001600160a01b03811661007a57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100838161008b565b50505061031c565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126100ff575f5ffd5b81516001600160401b03811115610118576101186100dc565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610146576101466100dc565b60405281815283820160200185101561015d575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f6040838503121561018a575f5ffd5b82516001600160401b0381111561019f575f5ffd5b6101ab858286016100f0565b602085015190935090506001600160401b038111156101c8575f5ffd5b6101d4858286016100f0565b9150509250929050565b600181811c908216806101f257607f821691505b60208210810361021057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561025d57805f5260205f20601f840160051c8101602085101561023b5750805b601f840160051c820191505b8181101561025a575f8155600101610247565b50505b505050565b81516001600160401b0381111561027b5761027b6100dc565b61028f8161028984546101de565b84610216565b6020601f8211600181146102c1575f83156102aa5750848201515b5f19600385901b1c1916600184901b17845561025a565b5f84815260208120601f198516915b828110156102f057878501518255602094850194600190920191016102d0565b508482101561030d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b610882806103295f395ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c806370a082311161008857806395d89b411161006357806395d89b41146101a4578063a9059cbb146101ac578063dd62ed3e146101bf578063f2fde38b146101f7575f5ffd5b806370a0823114610159578063715018a6146101815780638da5cb5b14610189575f5ffd5b806306fdde03146100cf578063095ea7b3146100ed57806318160ddd1461011057806323b872dd14610122578063313ce5671461013557806340c10f1914610144575b5f5ffd5b6100d761020a565b6040516100e491906106f2565b60405180910390f35b6101006100fb366004610742565b61029a565b60405190151581526020016100e4565b6002545b6040519081526020016100e4565b61010061013036600461076a565b6102b3565b604051601281526020016100e4565b610157610152366004610742565b6102d6565b005b6101146101673660046107a4565b6001600160a01b03165f9081526020819052604090205490565b6101576102ec565b6005546040516001600160a01b0390911681526020016100e4565b6100d76102ff565b6101006101ba366004610742565b61030e565b6101146101cd3660046107c4565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101576102053660046107a4565b61031b565b606060038054610219906107f5565b80601f0160208091040260200160405190810160405280929190818152602001828054610245906107f5565b80156102905780601f1061026757610100808354040283529160200191610290565b820191905f5260205f20905b81548152906001019060200180831161027357829003601f168201915b5050505050905090565b5f336102a781858561035d565b60019150505b92915050565b5f336102c085828561036f565b6102cb8585856103eb565b506001949350505050565b6102de610448565b6102e88282610475565b5050565b6102f4610448565b6102fd5f6104a9565b565b606060048054610219906107f5565b5f336102a78185856103eb565b610323610448565b6001600160a01b03811661035157604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61035a816104a9565b50565b61036a83838360016104fa565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156103e557818110156103d757604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610348565b6103e584848484035f6104fa565b50505050565b6001600160a01b03831661041457604051634b637e8f60e11b81525f6004820152602401610348565b6001600160a01b03821661043d5760405163ec442f0560e01b81525f6004820152602401610348565b61036a8383836105cc565b6005546001600160a01b031633146102fd5760405163118cdaa760e01b8152336004820152602401610348565b6001600160a01b03821661049e5760405163ec442f0560e01b81525f6004820152602401610348565b6102e85f83836105cc565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0384166105235760405163e602df0560e01b81525f6004820152602401610348565b6001600160a01b03831661054c57604051634a1406b160e11b81525f6004820152602401610348565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156103e557826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516105be91815260200190565b60405180910390a350505050565b6001600160a01b0383166105f6578060025f8282546105eb919061082d565b909155506106669050565b6001600160a01b0383165f90815260208190526040902054818110156106485760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610348565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610682576002805482900390556106a0565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516106e591815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461073d575f5ffd5b919050565b5f5f60408385031215610753575f5ffd5b61075c83610727565b946020939093013593505050565b5f5f5f6060848603121561077c575f5ffd5b61078584610727565b925061079360208501610727565b929592945050506040919091013590565b5f602082840312156107b4575f5ffd5b6107bd82610727565b9392505050565b5f5f604083850312156107d5575f5ffd5b6107de83610727565b91506107ec60208401610727565b90509250929050565b600181811c9082168061080957607f821691505b60208210810361082757634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156102ad57634e487b7160e01b5f52601160045260245ffdfea264697066735822122097ec9427d410bd9ec5a3a40ea7e1ecafe7fc4e63cb12fdd046d06f72691b83e964736f6c634300081e0033",
}

// PlainTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use PlainTokenMetaData.ABI instead.
var PlainTokenABI = PlainTokenMetaData.ABI

// PlainTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PlainTokenMetaData.Bin instead.
var PlainTokenBin = PlainTokenMetaData.Bin

// DeployPlainToken deploys a new Ethereum contract, binding an instance of PlainToken to it.
func DeployPlainToken(auth *bind.TransactOpts, backend bind.ContractBackend, name_ string, symbol_ string) (common.Address, *types.Transaction, *PlainToken, error) {
	parsed, err := PlainTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PlainTokenBin), backend, name_, symbol_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PlainToken{PlainTokenCaller: PlainTokenCaller{contract: contract}, PlainTokenTransactor: PlainTokenTransactor{contract: contract}, PlainTokenFilterer: PlainTokenFilterer{contract: contract}}, nil
}

// PlainToken is an auto generated Go binding around an Ethereum contract.
type PlainToken struct {
	PlainTokenCaller     // Read-only binding to the contract
	PlainTokenTransactor // Write-only binding to the contract
	PlainTokenFilterer   // Log filterer for contract events
}

// PlainTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type PlainTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PlainTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PlainTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PlainTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PlainTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PlainTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PlainTokenSession struct {
	Contract     *PlainToken       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// PlainTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PlainTokenCallerSession struct {
	Contract *PlainTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// PlainTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PlainTokenTransactorSession struct {
	Contract     *PlainTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// PlainTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type PlainTokenRaw struct {
	Contract *PlainToken // Generic contract binding to access the raw methods on
}

// PlainTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PlainTokenCallerRaw struct {
	Contract *PlainTokenCaller // Generic read-only contract binding to access the raw methods on
}

// PlainTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PlainTokenTransactorRaw struct {
	Contract *PlainTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPlainToken creates a new instance of PlainToken, bound to a specific deployed contract.
func NewPlainToken(address common.Address, backend bind.ContractBackend) (*PlainToken, error) {
	contract, err := bindPlainToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PlainToken{PlainTokenCaller: PlainTokenCaller{contract: contract}, PlainTokenTransactor: PlainTokenTransactor{contract: contract}, PlainTokenFilterer: PlainTokenFilterer{contract: contract}}, nil
}

// NewPlainTokenCaller creates a new read-only instance of PlainToken, bound to a specific deployed contract.
func NewPlainTokenCaller(address common.Address, caller bind.ContractCaller) (*PlainTokenCaller, error) {
	contract, err := bindPlainToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PlainTokenCaller{contract: contract}, nil
}

// NewPlainTokenTransactor creates a new write-only instance of PlainToken, bound to a specific deployed contract.
func NewPlainTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*PlainTokenTransactor, error) {
	contract, err := bindPlainToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PlainTokenTransactor{contract: contract}, nil
}

// NewPlainTokenFilterer creates a new log filterer instance of PlainToken, bound to a specific deployed contract.
func NewPlainTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*PlainTokenFilterer, error) {
	contract, err := bindPlainToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PlainTokenFilterer{contract: contract}, nil
}

// bindPlainToken binds a generic wrapper to an already deployed contract.
func bindPlainToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PlainTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PlainToken *PlainTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PlainToken.Contract.PlainTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PlainToken *PlainTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PlainToken.Contract.PlainTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PlainToken *PlainTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PlainToken.Contract.PlainTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PlainToken *PlainTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PlainToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PlainToken *PlainTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PlainToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PlainToken *PlainTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PlainToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_PlainToken *PlainTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _PlainToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_PlainToken *PlainTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _PlainToken.Contract.Allowance(&_PlainToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_PlainToken *PlainTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _PlainToken.Contract.Allowance(&_PlainToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_PlainToken *PlainTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _PlainToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_PlainToken *PlainTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _PlainToken.Contract.BalanceOf(&_PlainToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_PlainToken *PlainTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _PlainToken.Contract.BalanceOf(&_PlainToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_PlainToken *PlainTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _PlainToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_PlainToken *PlainTokenSession) Decimals() (uint8, error) {
	return _PlainToken.Contract.Decimals(&_PlainToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_PlainToken *PlainTokenCallerSession) Decimals() (uint8, error) {
	return _PlainToken.Contract.Decimals(&_PlainToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_PlainToken *PlainTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _PlainToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_PlainToken *PlainTokenSession) Name() (string, error) {
	return _PlainToken.Contract.Name(&_PlainToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_PlainToken *PlainTokenCallerSession) Name() (string, error) {
	return _PlainToken.Contract.Name(&_PlainToken.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_PlainToken *PlainTokenCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _PlainToken.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_PlainToken *PlainTokenSession) Owner() (common.Address, error) {
	return _PlainToken.Contract.Owner(&_PlainToken.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_PlainToken *PlainTokenCallerSession) Owner() (common.Address, error) {
	return _PlainToken.Contract.Owner(&_PlainToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_PlainToken *PlainTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _PlainToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_PlainToken *PlainTokenSession) Symbol() (string, error) {
	return _PlainToken.Contract.Symbol(&_PlainToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_PlainToken *PlainTokenCallerSession) Symbol() (string, error) {
	return _PlainToken.Contract.Symbol(&_PlainToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_PlainToken *PlainTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _PlainToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_PlainToken *PlainTokenSession) TotalSupply() (*big.Int, error) {
	return _PlainToken.Contract.TotalSupply(&_PlainToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_PlainToken *PlainTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _PlainToken.Contract.TotalSupply(&_PlainToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_PlainToken *PlainTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _PlainToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_PlainToken *PlainTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _PlainToken.Contract.Approve(&_PlainToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_PlainToken *PlainTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _PlainToken.Contract.Approve(&_PlainToken.TransactOpts, spender, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_PlainToken *PlainTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _PlainToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_PlainToken *PlainTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _PlainToken.Contract.Mint(&_PlainToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_PlainToken *PlainTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _PlainToken.Contract.Mint(&_PlainToken.TransactOpts, to, amount)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_PlainToken *PlainTokenTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PlainToken.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_PlainToken *PlainTokenSession) RenounceOwnership() (*types.Transaction, error) {
	return _PlainToken.Contract.RenounceOwnership(&_PlainToken.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_PlainToken *PlainTokenTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _PlainToken.Contract.RenounceOwnership(&_PlainToken.TransactOpts)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_PlainToken *PlainTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _PlainToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_PlainToken *PlainTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _PlainToken.Contract.Transfer(&_PlainToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_PlainToken *PlainTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _PlainToken.Contract.Transfer(&_PlainToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_PlainToken *PlainTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _PlainToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_PlainToken *PlainTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _PlainToken.Contract.TransferFrom(&_PlainToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_PlainToken *PlainTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _PlainToken.Contract.TransferFrom(&_PlainToken.TransactOpts, from, to, value)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_PlainToken *PlainTokenTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _PlainToken.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_PlainToken *PlainTokenSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _PlainToken.Contract.TransferOwnership(&_PlainToken.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_PlainToken *PlainTokenTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _PlainToken.Contract.TransferOwnership(&_PlainToken.TransactOpts, newOwner)
}

// PlainTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the PlainToken contract.
type PlainTokenApprovalIterator struct {
	Event *PlainTokenApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PlainTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PlainTokenApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PlainTokenApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PlainTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PlainTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PlainTokenApproval represents a Approval event raised by the PlainToken contract.
type PlainTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_PlainToken *PlainTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*PlainTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _PlainToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &PlainTokenApprovalIterator{contract: _PlainToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_PlainToken *PlainTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *PlainTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _PlainToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PlainTokenApproval)
				if err := _PlainToken.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_PlainToken *PlainTokenFilterer) ParseApproval(log types.Log) (*PlainTokenApproval, error) {
	event := new(PlainTokenApproval)
	if err := _PlainToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PlainTokenOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the PlainToken contract.
type PlainTokenOwnershipTransferredIterator struct {
	Event *PlainTokenOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PlainTokenOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PlainTokenOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PlainTokenOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PlainTokenOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PlainTokenOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PlainTokenOwnershipTransferred represents a OwnershipTransferred event raised by the PlainToken contract.
type PlainTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_PlainToken *PlainTokenFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*PlainTokenOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _PlainToken.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &PlainTokenOwnershipTransferredIterator{contract: _PlainToken.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_PlainToken *PlainTokenFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *PlainTokenOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _PlainToken.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PlainTokenOwnershipTransferred)
				if err := _PlainToken.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_PlainToken *PlainTokenFilterer) ParseOwnershipTransferred(log types.Log) (*PlainTokenOwnershipTransferred, error) {
	event := new(PlainTokenOwnershipTransferred)
	if err := _PlainToken.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PlainTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the PlainToken contract.
type PlainTokenTransferIterator struct {
	Event *PlainTokenTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PlainTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PlainTokenTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PlainTokenTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PlainTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PlainTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PlainTokenTransfer represents a Transfer event raised by the PlainToken contract.
type PlainTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_PlainToken *PlainTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*PlainTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _PlainToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &PlainTokenTransferIterator{contract: _PlainToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_PlainToken *PlainTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *PlainTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _PlainToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PlainTokenTransfer)
				if err := _PlainToken.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_PlainToken *PlainTokenFilterer) ParseTransfer(log types.Log) (*PlainTokenTransfer, error) {
	event := new(PlainTokenTransfer)
	if err := _PlainToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// Poseidon2MetaData contains all meta data concerning the Poseidon2 contract.
var Poseidon2MetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"Poseidon2DomainTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Poseidon2EmptyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Poseidon2NotInField\",\"type\":\"error\"}]",
	Bin: "0x60556032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffdfea2646970667358221220d8c4f751b54f0e67478804b89f076a575c32c5cb2339e90d9caacbea9509af1a64736f6c634300081e0033",
}

// Poseidon2ABI is the input ABI used to generate the binding from.
// Deprecated: Use Poseidon2MetaData.ABI instead.
var Poseidon2ABI = Poseidon2MetaData.ABI

// Poseidon2Bin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use Poseidon2MetaData.Bin instead.
var Poseidon2Bin = Poseidon2MetaData.Bin

// DeployPoseidon2 deploys a new Ethereum contract, binding an instance of Poseidon2 to it.
func DeployPoseidon2(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *Poseidon2, error) {
	parsed, err := Poseidon2MetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(Poseidon2Bin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Poseidon2{Poseidon2Caller: Poseidon2Caller{contract: contract}, Poseidon2Transactor: Poseidon2Transactor{contract: contract}, Poseidon2Filterer: Poseidon2Filterer{contract: contract}}, nil
}

// Poseidon2 is an auto generated Go binding around an Ethereum contract.
type Poseidon2 struct {
	Poseidon2Caller     // Read-only binding to the contract
	Poseidon2Transactor // Write-only binding to the contract
	Poseidon2Filterer   // Log filterer for contract events
}

// Poseidon2Caller is an auto generated read-only Go binding around an Ethereum contract.
type Poseidon2Caller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Poseidon2Transactor is an auto generated write-only Go binding around an Ethereum contract.
type Poseidon2Transactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Poseidon2Filterer is an auto generated log filtering Go binding around an Ethereum contract events.
type Poseidon2Filterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Poseidon2Session is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type Poseidon2Session struct {
	Contract     *Poseidon2        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// Poseidon2CallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type Poseidon2CallerSession struct {
	Contract *Poseidon2Caller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// Poseidon2TransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type Poseidon2TransactorSession struct {
	Contract     *Poseidon2Transactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// Poseidon2Raw is an auto generated low-level Go binding around an Ethereum contract.
type Poseidon2Raw struct {
	Contract *Poseidon2 // Generic contract binding to access the raw methods on
}

// Poseidon2CallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type Poseidon2CallerRaw struct {
	Contract *Poseidon2Caller // Generic read-only contract binding to access the raw methods on
}

// Poseidon2TransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type Poseidon2TransactorRaw struct {
	Contract *Poseidon2Transactor // Generic write-only contract binding to access the raw methods on
}

// NewPoseidon2 creates a new instance of Poseidon2, bound to a specific deployed contract.
func NewPoseidon2(address common.Address, backend bind.ContractBackend) (*Poseidon2, error) {
	contract, err := bindPoseidon2(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Poseidon2{Poseidon2Caller: Poseidon2Caller{contract: contract}, Poseidon2Transactor: Poseidon2Transactor{contract: contract}, Poseidon2Filterer: Poseidon2Filterer{contract: contract}}, nil
}

// NewPoseidon2Caller creates a new read-only instance of Poseidon2, bound to a specific deployed contract.
func NewPoseidon2Caller(address common.Address, caller bind.ContractCaller) (*Poseidon2Caller, error) {
	contract, err := bindPoseidon2(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Poseidon2Caller{contract: contract}, nil
}

// NewPoseidon2Transactor creates a new write-only instance of Poseidon2, bound to a specific deployed contract.
func NewPoseidon2Transactor(address common.Address, transactor bind.ContractTransactor) (*Poseidon2Transactor, error) {
	contract, err := bindPoseidon2(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &Poseidon2Transactor{contract: contract}, nil
}

// NewPoseidon2Filterer creates a new log filterer instance of Poseidon2, bound to a specific deployed contract.
func NewPoseidon2Filterer(address common.Address, filterer bind.ContractFilterer) (*Poseidon2Filterer, error) {
	contract, err := bindPoseidon2(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &Poseidon2Filterer{contract: contract}, nil
}

// bindPoseidon2 binds a generic wrapper to an already deployed contract.
func bindPoseidon2(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := Poseidon2MetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Poseidon2 *Poseidon2Raw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Poseidon2.Contract.Poseidon2Caller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Poseidon2 *Poseidon2Raw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Poseidon2.Contract.Poseidon2Transactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Poseidon2 *Poseidon2Raw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Poseidon2.Contract.Poseidon2Transactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Poseidon2 *Poseidon2CallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Poseidon2.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Poseidon2 *Poseidon2TransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Poseidon2.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Poseidon2 *Poseidon2TransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Poseidon2.Contract.contract.Transact(opts, method, params...)
}

// Poseidon2CompressHarnessMetaData contains all meta data concerning the Poseidon2CompressHarness contract.
var Poseidon2CompressHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"Poseidon2NotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"l\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"r\",\"type\":\"uint256\"}],\"name\":\"compress\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"l\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"r\",\"type\":\"uint256\"}],\"name\":\"compressGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"h\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b5061140d8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80636882933d14610038578063bdd525c61461005e575b5f5ffd5b61004b610046366004611398565b610086565b6040519081526020015b60405180910390f35b61007161006c366004611398565b61009a565b60408051928352602083019190915201610055565b5f61009183836100c1565b90505b92915050565b5f5f5f5a90506100aa85856100c1565b92505a6100b790826113b8565b9150509250929050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018310158061011157507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018210155b1561012f57604051635055a3ab60e01b815260040160405180910390fd5b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018383018085017f2fd1f8e07b053498255b74002a3e5d787598fb978ee0546287431340b54156590190808501908383800990508383858384090992507f2e132fe1a839089dc88bfa6490b09e0e7183207116f55ffea3c2543e5319439b82019150838283099050838285838409097f099e303f3d1ecd0514f3d64ab561309b118124d654995a70fa8ed781d5288e338482019485010193908101925090508383800990508383858384090992507f1a93dabf8038eaf11fbcd3ff8e0987e18aa771d35fc5b985fd8d5ba5edadc27282019150838283099050838285838409097f1954efdd93e1c1ea31fa3b963cec53f56c282cdd389fc67a40772027277543418482019485010193908101925090508383800990508383858384090992507f121abed67921a7eb90c28a2ee5d869791e5d771f09421700e173a37be683a91f82019150838283099050838285838409097f2431a30c43bb0a4c15a34e02f1d4cb2ce54fa6acd96c40c924494bea0c29503e8482019485010193908101925090508383800990508383858384090992507f0c4951aa84b56bebd44a3b761e60773136f75c5943a10a6603eb5f8adf18760682019150838283099050838285838409097f1bcce135d5b435bce2b0e7e78d073a098891783ac99a6023a33b14817007644b84820194850101939081019250905083838009905083838583840909828101908101935090508084838008019150837f140246185232e80b3a98b0ad93e4ecead86eb5ca53b101cfe164e1ae7ada8167840892508383840990508383858384090992508382840892830192905080848380080191507f2334b4ba6c1da0f5630b5bd08481724cacef4f4b5983c61b2f696c7c6f8c380183019250838384099050838385838409098281019081019350905083818380010891507f25753959e3d661997e71b5cfaa7d00a8ce2a862859dd8989229cbc2edd4ab66b83019250838384099050838385838409097f0a51c74230bf06103340c496e86e5ef71830e319b0e094e5ad1d06b449e8f1988382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f046fb178876aa67f32b80d6bb04a9fce5f2f00653107b4e0a4a442bf97013e7083019250838384099050838385838409097f099e88c9d49d9965888e2502ffb560d0f202bef7b33faa228c76a0a1015b841b8382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f2596aace8e675ce7bc37862a7bebdbba70e606acb2ec210b06cefc5c925353e483019250838384099050838385838409097f279adcb72009745105c922378ef77ff47d9335c2dcca2bb253a397309037fd3b8382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f177c90d5f031cda0392757333e834a96603484e891451b16b16de4cf5e77dd7083019250838384099050838385838409097f1ab9963aa06446cd3be3c3cb059f70dd9974221000ca57edaa63cf6981449cfc8382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f23afff12ab7d4f0ce89c08050d92938e51eb676d5a491f51093e7ff7b6b8bd4783019250838384099050838385838409097f15d41ec926c68b2654516df3ea882bcba56a630c691186d891ef9a54599cc3e48382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f2c0ec6afecf78f463181a373d2e09bbcd939dcfb5788f95ecbd04ce68c2a3ffb83019250838384099050838385838409097f25e022f8f972b05e1bba417d0f63e502023485ebbc94d8e9e97e6e1c7868953a8382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f14516ae0fcb9937a704cb5cd03ecc8d85f6e6964a4ee75dee5eabd0e97ae007583019250838384099050838385838409097f07541b285f7b1de9ba21278b885eb3d5acc58fbbc48870326f781cb874aa2e048382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f0ae4fee1a9a2334c07326e1a386f63fe167b4dd9aebe4aeb12cad8bafdbd8d1b83019250838384099050838385838409097f080e1fa3fdb35a29928f3ba0477f086b8baca6560d1fba9be9d02e04ec2bdb428382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f0be5690b9d26bfbe14cbc8c238269e46a3228fd93dcf013c4ef01bf209eba32983019250838384099050838385838409097f20727a69fbb7919b2c39b6a2e7a9e5f453029f81a9083ba98d9db00dcdead05b8382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f175ec15073c02332e7e88b4ee22da9a7fd511f163dcbd377966c74ec27eb993783019250838384099050838385838409097f1868cebd2b525f6a4613172d9855c83fc26de77cded9a4e5c743b9a86b91b5098382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f054680661a788b49cabf8b47e636170306991c04bcb30cc13567bd2f96ef862c83019250838384099050838385838409097f2c97c1e0fb726e479bff7b52bd44eeace68760c466fa00b1b3ea7713686581758382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f05a9f71f21444c0cc225c236cb88f94cc8cf8512a9b421e2777199874f4adbc983019250838384099050838385838409097f292b8c41e84288c3458bf0ff9e65dbbb78db5742e094bd20102fbf5b9c5dd6128382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f0298975e07852c9c059d5201abbd9596a3cf6910a4a264a6293a216505e83b7c83019250838384099050838385838409097f16feebe3cc6cc7b3e0eac7d928f2b012c5e31c6e44fe5d3dac64a4877da95de68382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f26a9a218d35935d7d2ad385847161d5f0220536bdcb5087bb7ff0ad71358c3fb83019250838384099050838385838409097f0b55bfbe2aae0a050c95c5d986ced7dabc109677baff592551a280102d0a9cb58382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f0bec6fe9344a0408e47db650bf25de7640a6f396942cd7e205dee244acb2f02683019250838384099050838385838409097f1bf244af9636e33c15d7898f8a683c75af24ed31cbe40727daa16b6d68a004bf8382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f18294a6c55a8ba8d91dad17eb858811d30def2cb36ebd7ee65fa4145900b504983019250838384099050838385838409097f0d1321490a26625028af6eab97d4c115eb6e253f2eb4c8e20ebada8cce1cd6828382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f167aeb44516e24de3f9b85b65255d681627a50dcd805e55a7814f8917dc6ef2983019250838384099050838385838409097f0b90e8dab28d7f26b4325727a7e7e1e56cefccf2587456c79ecb73e2d91d55438382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f0b71bdd73104d18141bd12ad0aee18d8ddc4c4f87c0c4679644aa071c53eba1183019250838384099050838385838409097edd66eb3b8fae7c4c5da633aa10dc25d1e631c9f91f3ade0266c965372844b58382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f1422ac18c905cee39da0dbc1a91cdcf12f94076e369a7ce5b0bc75501744a1d183019250838384099050838385838409097f1c6882128926ce4ce3d06a5d0b4c240c90137ab343807e04df467b6ac6347add8382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f05ed1c84f339990100f3785b5e17921ca70dfc17ba29b3abd6c97c42957a7b6683019250838384099050838385838409097f085ba43e1f3708e9c45f7d088bff9b5725213fc87899288a8c24d34b472d6f118382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f11c770a0602d0c7c3dafa589dbc70aea1852850cd9ea4871f6cb8b156041944883019250838384099050838385838409097f04a9600347e782a1267fa8ac49a3e5cc431a2f3482795984fffea5fb45630cba8382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f10dd6d1a1e7e3fa3f8ce08e5d91c6d0730467a027a8ddea22e75d368c304099183019250838384099050838385838409097f0917806fc2f5df4693d0b505cb5793fcb307bc19cf7974155a410721c0cf455c8382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f2b02e5c1070c4a7d48ffde103b02149c4bb0f75e81bf2264ba9b4ed4289a8ad983019250838384099050838385838409097f187ffc6b0b519c27765f22235723497c5108bdb8e1eb8a89747e6532e1d7c5068382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f2ba26c45e8bd1c8b97aff774f112dadc213e0c071d291c6eee03c1047cd48f0b83019250838384099050838385838409097f0e4815c612a98d98ab524585ba0f77f86935b6c954062a6b81825cb61f334f908382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f18137929069bb243d88ea85ead8dd364305882b2e0159ffe937b8193b8bb165783019250838384099050838385838409097f0b61bed2bc60331af0842d9a849914cf573a4381ee84dfa765e2c48cc6ae26ef8382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f1979357a9aa3266da1e2322a87293f36a4ac1483d902071626179d6fac1c7da283019250838384099050838385838409097f0334c57f867a0d2cd9e8f574626bf5888eabe1f4e11c14b17e46baa0487ed9378382019182010193509180018201919050838380099050838385838409099250508082018381840892508381858485080891507f09552d95a93eb53af775e376911c38b0df862cbd1d1d4907577556ce5555b76383019250838384099050838385838409097f2688c84d656c6fc31f82f32532b7bfca34fb01f462d61e83f4e4ad6f171df5c083820191820101935091800182019190508383800990508383858384090992507f0c1049bf3c8efe00c6bb4b63399b4150f4d838d3a8a59bee060a76de6d6d500d82019150838283099050838285838409097f1de73a9e2a6a0e42b0e00bd28a12ee8c494ecd27a94e41fef9811adc776215008482019485010193908101925090508383800990508383858384090992507f1e89b064e5084ebaa67b4cd3d4bcdea106483174bd6e7c7978c745b2117c285482019150838283099050838285838409097f2240d85eec83b912efdb1219488192aa365193aed437c78d77e4dd8f1732df108482019485010193908101925090508383800990508383858384090992507f2ce4fb7a49e28d736337aab4cfd6e09713794d91ee9d4c1c756a1704d1c8f40a82019150838283099050838285838409097f0bd126929f411e0f0c116214f61ab1bddc1a04674404069acaa2e56471fee4c48482019485010193908101925090508383800990508383858384090992507f2b7325774a06729f81463e8b0fa42a8c6e79271610bcff241f8eebc77e3ef45f8201915083828309905083828583840909838101938401930191508390508582089695505050505050565b5f5f604083850312156113a9575f5ffd5b50508035926020909101359150565b8181038181111561009457634e487b7160e01b5f52601160045260245ffdfea26469706673582212202e5326478e2c6bf1f02152759c088659bac9cb15e49cc4f2e6fd8bce7cac6d4b64736f6c634300081e0033",
}

// Poseidon2CompressHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use Poseidon2CompressHarnessMetaData.ABI instead.
var Poseidon2CompressHarnessABI = Poseidon2CompressHarnessMetaData.ABI

// Poseidon2CompressHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use Poseidon2CompressHarnessMetaData.Bin instead.
var Poseidon2CompressHarnessBin = Poseidon2CompressHarnessMetaData.Bin

// DeployPoseidon2CompressHarness deploys a new Ethereum contract, binding an instance of Poseidon2CompressHarness to it.
func DeployPoseidon2CompressHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *Poseidon2CompressHarness, error) {
	parsed, err := Poseidon2CompressHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(Poseidon2CompressHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Poseidon2CompressHarness{Poseidon2CompressHarnessCaller: Poseidon2CompressHarnessCaller{contract: contract}, Poseidon2CompressHarnessTransactor: Poseidon2CompressHarnessTransactor{contract: contract}, Poseidon2CompressHarnessFilterer: Poseidon2CompressHarnessFilterer{contract: contract}}, nil
}

// Poseidon2CompressHarness is an auto generated Go binding around an Ethereum contract.
type Poseidon2CompressHarness struct {
	Poseidon2CompressHarnessCaller     // Read-only binding to the contract
	Poseidon2CompressHarnessTransactor // Write-only binding to the contract
	Poseidon2CompressHarnessFilterer   // Log filterer for contract events
}

// Poseidon2CompressHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type Poseidon2CompressHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Poseidon2CompressHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type Poseidon2CompressHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Poseidon2CompressHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type Poseidon2CompressHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Poseidon2CompressHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type Poseidon2CompressHarnessSession struct {
	Contract     *Poseidon2CompressHarness // Generic contract binding to set the session for
	CallOpts     bind.CallOpts             // Call options to use throughout this session
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// Poseidon2CompressHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type Poseidon2CompressHarnessCallerSession struct {
	Contract *Poseidon2CompressHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                   // Call options to use throughout this session
}

// Poseidon2CompressHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type Poseidon2CompressHarnessTransactorSession struct {
	Contract     *Poseidon2CompressHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                   // Transaction auth options to use throughout this session
}

// Poseidon2CompressHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type Poseidon2CompressHarnessRaw struct {
	Contract *Poseidon2CompressHarness // Generic contract binding to access the raw methods on
}

// Poseidon2CompressHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type Poseidon2CompressHarnessCallerRaw struct {
	Contract *Poseidon2CompressHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// Poseidon2CompressHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type Poseidon2CompressHarnessTransactorRaw struct {
	Contract *Poseidon2CompressHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPoseidon2CompressHarness creates a new instance of Poseidon2CompressHarness, bound to a specific deployed contract.
func NewPoseidon2CompressHarness(address common.Address, backend bind.ContractBackend) (*Poseidon2CompressHarness, error) {
	contract, err := bindPoseidon2CompressHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Poseidon2CompressHarness{Poseidon2CompressHarnessCaller: Poseidon2CompressHarnessCaller{contract: contract}, Poseidon2CompressHarnessTransactor: Poseidon2CompressHarnessTransactor{contract: contract}, Poseidon2CompressHarnessFilterer: Poseidon2CompressHarnessFilterer{contract: contract}}, nil
}

// NewPoseidon2CompressHarnessCaller creates a new read-only instance of Poseidon2CompressHarness, bound to a specific deployed contract.
func NewPoseidon2CompressHarnessCaller(address common.Address, caller bind.ContractCaller) (*Poseidon2CompressHarnessCaller, error) {
	contract, err := bindPoseidon2CompressHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Poseidon2CompressHarnessCaller{contract: contract}, nil
}

// NewPoseidon2CompressHarnessTransactor creates a new write-only instance of Poseidon2CompressHarness, bound to a specific deployed contract.
func NewPoseidon2CompressHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*Poseidon2CompressHarnessTransactor, error) {
	contract, err := bindPoseidon2CompressHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &Poseidon2CompressHarnessTransactor{contract: contract}, nil
}

// NewPoseidon2CompressHarnessFilterer creates a new log filterer instance of Poseidon2CompressHarness, bound to a specific deployed contract.
func NewPoseidon2CompressHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*Poseidon2CompressHarnessFilterer, error) {
	contract, err := bindPoseidon2CompressHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &Poseidon2CompressHarnessFilterer{contract: contract}, nil
}

// bindPoseidon2CompressHarness binds a generic wrapper to an already deployed contract.
func bindPoseidon2CompressHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := Poseidon2CompressHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Poseidon2CompressHarness *Poseidon2CompressHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Poseidon2CompressHarness.Contract.Poseidon2CompressHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Poseidon2CompressHarness *Poseidon2CompressHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Poseidon2CompressHarness.Contract.Poseidon2CompressHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Poseidon2CompressHarness *Poseidon2CompressHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Poseidon2CompressHarness.Contract.Poseidon2CompressHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Poseidon2CompressHarness *Poseidon2CompressHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Poseidon2CompressHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Poseidon2CompressHarness *Poseidon2CompressHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Poseidon2CompressHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Poseidon2CompressHarness *Poseidon2CompressHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Poseidon2CompressHarness.Contract.contract.Transact(opts, method, params...)
}

// Compress is a free data retrieval call binding the contract method 0x6882933d.
//
// Solidity: function compress(uint256 l, uint256 r) pure returns(uint256)
func (_Poseidon2CompressHarness *Poseidon2CompressHarnessCaller) Compress(opts *bind.CallOpts, l *big.Int, r *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Poseidon2CompressHarness.contract.Call(opts, &out, "compress", l, r)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Compress is a free data retrieval call binding the contract method 0x6882933d.
//
// Solidity: function compress(uint256 l, uint256 r) pure returns(uint256)
func (_Poseidon2CompressHarness *Poseidon2CompressHarnessSession) Compress(l *big.Int, r *big.Int) (*big.Int, error) {
	return _Poseidon2CompressHarness.Contract.Compress(&_Poseidon2CompressHarness.CallOpts, l, r)
}

// Compress is a free data retrieval call binding the contract method 0x6882933d.
//
// Solidity: function compress(uint256 l, uint256 r) pure returns(uint256)
func (_Poseidon2CompressHarness *Poseidon2CompressHarnessCallerSession) Compress(l *big.Int, r *big.Int) (*big.Int, error) {
	return _Poseidon2CompressHarness.Contract.Compress(&_Poseidon2CompressHarness.CallOpts, l, r)
}

// CompressGas is a free data retrieval call binding the contract method 0xbdd525c6.
//
// Solidity: function compressGas(uint256 l, uint256 r) view returns(uint256 h, uint256 gasUsed)
func (_Poseidon2CompressHarness *Poseidon2CompressHarnessCaller) CompressGas(opts *bind.CallOpts, l *big.Int, r *big.Int) (struct {
	H       *big.Int
	GasUsed *big.Int
}, error) {
	var out []interface{}
	err := _Poseidon2CompressHarness.contract.Call(opts, &out, "compressGas", l, r)

	outstruct := new(struct {
		H       *big.Int
		GasUsed *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.H = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.GasUsed = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// CompressGas is a free data retrieval call binding the contract method 0xbdd525c6.
//
// Solidity: function compressGas(uint256 l, uint256 r) view returns(uint256 h, uint256 gasUsed)
func (_Poseidon2CompressHarness *Poseidon2CompressHarnessSession) CompressGas(l *big.Int, r *big.Int) (struct {
	H       *big.Int
	GasUsed *big.Int
}, error) {
	return _Poseidon2CompressHarness.Contract.CompressGas(&_Poseidon2CompressHarness.CallOpts, l, r)
}

// CompressGas is a free data retrieval call binding the contract method 0xbdd525c6.
//
// Solidity: function compressGas(uint256 l, uint256 r) view returns(uint256 h, uint256 gasUsed)
func (_Poseidon2CompressHarness *Poseidon2CompressHarnessCallerSession) CompressGas(l *big.Int, r *big.Int) (struct {
	H       *big.Int
	GasUsed *big.Int
}, error) {
	return _Poseidon2CompressHarness.Contract.CompressGas(&_Poseidon2CompressHarness.CallOpts, l, r)
}

// Poseidon2HarnessMetaData contains all meta data concerning the Poseidon2Harness contract.
var Poseidon2HarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"Poseidon2DomainTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Poseidon2EmptyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Poseidon2NotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"domain\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"xs\",\"type\":\"uint256[]\"}],\"name\":\"hash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"domain\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"xs\",\"type\":\"uint256[]\"}],\"name\":\"hashGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"h\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50615c858061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80639a63c37c14610038578063da9aa2031461005e575b5f5ffd5b61004b6100463660046116c1565b610086565b6040519081526020015b60405180910390f35b61007161006c3660046116c1565b61009a565b60408051928352602083019190915201610055565b5f61009183836100c1565b90505b92915050565b5f5f5f5a90506100aa85856100c1565b92505a6100b790826117a9565b9150509250929050565b80515f908082036100e5576040516369dcb3e760e11b815260040160405180910390fd5b67ffffffffffffffff84111561010e576040516339b9c0b960e21b815260040160405180910390fd5b5f602084018260051b81015b80821015610143575f516020615c305f395f51905f52825110158317925060208201915061011a565b5050801561016457604051635055a3ab60e01b815260040160405180910390fd5b5f61017383602088901b6117bc565b905060048310156101925761018881866101cc565b9350505050610094565b60088310156101a55761018881866103cb565b600c8310156101b8576101888186610768565b6101c28186610d05565b9695505050505050565b5f5f60405180610b200160405280610b0081526020016117d0610b009139905083602084015160018551116040860151026002865111606087015102602085015f516020615c305f395f51905f525f5f835b878901925085870191508188890101975082868701019550878460048509019250858460048409019150838387089850838289089650829750819550610b0085018103156103af5761020085018103610348575b61090085018110156103485780518901985083898a099250838985858609099850838989089150838288018708915081847f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e78b0901985081847f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b8a0901975081847e544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15890901965081847f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8809019550602001610272565b80518901985083898a099250838985858609099850836020820151890897508388890992508388858586090997506040810151870196508387880992508387858586090996508360608201518708955083868709925083868585860909955060800161021e565b5050509093065f81905260409590955250929695505050505050565b5f5f60405180610f400160405280610f2081526020016139f0610f2091399050836020840151604085015160608601516080870151600488511160a089015102600589511160c08a01510260068a511160e08b015102602089015f516020615c305f395f51905f525f5f835b8b8d019250898b019150818c8d01019b50828a8b010199508b846004850901925089846004840901915083838b089c5083828d08929b509199509750838501868001810196880194800185019491878460048509019250858460048409019150838387089850838289089650829750819550838d8a089c8d019c988901989250838c8908925083838d089b50838389089750838b88089a8b019a968701969250838a8708925083838b089950838387089550610f20850181031561074a5761040085018103610684575b610b2085018110156106845780518d019c50838d8e099250838d85858609099c50838d8d018c018b08915083828a0189018808915083828708915081847f05bffb5e301d8c468c35e24eb2165b6b71725fb7ac9a48efe5ce041bdb05676d8f09019c5081847f2aa7a81812688343fc6d78073312996d75f4c5505db0ed22af5ec0df7888cdc78e09019b5081847f2f5856fd71dab60d78cc3af15a89c1e4d61ba189849a4cea10acc1dd228faf008d09019a5081847f12299a260999ac95d271e184968cda40bd4358877a6dcf43d779251fffa613488c0901995081847f1443aad4693d692a62a8e21f03d5643a123f0c8783a3d27c275f9d01089685fb8b0901985081847f21561b0204a44488082e31472f5885a3adc179bb278233aedc4b316369ec99378a0901975081847f0c7cc2afa53f9898f30a69b294a4e24f6b2176e1ae0ca49b021792d55e34e97d890901965081847f2dd221096053de389fae88e7caa5c43ab55e22aeb758ee130d1246c1dff47b538809019550602001610501565b80518d019c50838d8e099250838d85858609099c5060208101518c019b50838c8d099250838c85858609099b5060408101518b019a50838b8c099250838b85858609099a5060608101518a019950838a8b099250838a8585860909995060808101518901985083898a09925083898585860909985060a08101518801975083888909925083888585860909975060c08101518701965083878809925083878585860909965060e08101518601955083868709925083868585860909955061010001610437565b5050505f899052505050604097909752509298975050505050505050565b5f5f60405180611340016040528061132081526020016149106113209139905083602084015160408501516060860151608087015160a088015160c089015160e08a0151602089016101008c01515f5260088c51116101208d01510260205260098c51116101408d015102611320820152600a8c51116101608d0151026113408201525f516020615c305f395f51905f525f5f835b8b8d019250898b019150818c8d01019b50828a8b010199508b846004850901925089846004840901915083838b089c5083828d08929b50919950975083850186800181019688019480018501949187846004850901925085846004840901915083838708985083828908602080515f51611340890180516113208b01510183800181018552815192909301918001820190529151959a509198509296509192846004850901925061134085015184600484090191508383611340870151085f528382602051086113208601528260205281611340860152838d8a015f51085f8051820190529c8d019c988901989250838c89089250838360205108925083838d089b50838389089750838360205108602052838b88016113208701510861132086018051820190529a8b019a968701969250838a87089250838361134087015108925083838b089950838387089550838361134087015108611340860152611320850181031561074a5761060085018103610bc5575b610d208501811015610bc55780518d019c50838d8e099250838d85858609099c50838d8d018c018b08915083828a01890188089150838287015f510160205108915083826113208701510161134087015108915081847f20bb1e98f40bfe80b8e2f2c885ea13a2ea1f146ff61218c31075ad79dd8f4ffa8f09019c5081847f1ed6abd05c8d678fa14c0c77d90f02fa1f8af249915fa6518f5f8d5e5c649fb28e09019b5081847f29107b18658b47d566f5063975d6bbc504382b81777e0796c7cb81f9b4e2cf468d09019a5081847f134ceec3ec069dd76fc9804ff029c2c27c5646986ff5dbeb17091d9c479ae9238c0901995081847f0ee2e4f4a3c23a1b71834d1a95ea402504b8d68fab6f74855c884df898c286f98b0901985081847f0a469d3f3cb250181cc1e70c8227dace349b1c52fe8f7375744c8be5b80771e58a0901975081847f0cfa92ab38d116f1cdc24ecc083ad1cb17a215de9968726a81970dde9cca70d6890901965081847f173df1a0df85f4533605f9578b1f58ccadf1f810e1fcca66808382efa84d684a880901955081847f2ced3bf3cf641c12a311b16b4107663388876a894e70c28c5498946c7fd8dcd45f5109015f5281847f0912073a16428c84bfbb6170108adf6d168100ac5587c23c9405cf1f7ca8f13b602051090160205281847f250b310cd13063ee49c78680c1434853968f464d2fc99166c23a2e330dd71d54611320880151090161132086015281847f08b593b39852f7ad095a03a3eee546c388e02896d460454c6f1887c8d1c82e376113408801510901611340860152602001610973565b80518d019c50838d8e099250838d85858609099c5060208101518c019b50838c8d099250838c85858609099b5060408101518b019a50838b8c099250838b85858609099a5060608101518a019950838a8b099250838a8585860909995060808101518901985083898a09925083898585860909985060a08101518801975083888909925083888585860909975060c08101518701965083878809925083878585860909965060e0810151860195508386870992508386858586090995506101008101515f51019150838283099250838285858609095f52610120810151602051019150838283099250838285858609096020526101408101516113208601510191508382830992508382858586090961132086015261016081015161134086015101915083828309925083828585860909611340860152610180016107fd565b5f5f60405180611740016040528061172081526020016122d06117209139905060208301611800820152825160051b6020840101611820820152835f5f5f5f5f5f5f602089015f5f525f6020525f6117208201525f6117408201525f6117608201525f6117808201525f6117a08201525f6117c08201525f516020615c305f395f51905f525f5f5b6117e0840151915081518b019a5061180084015160208301106020830151028a01995061180084015160408301106040830151028901985061180084015160608301106060830151028801975061180084015160808301106080830151028701965061180084015160a083011060a0830151028601955061180084015160c083011060c0830151028501945061180084015160e083011060e0830151025f51015f52611800840151610100830110610100830151026020510160205261180084015161012083011061012083015102611720850151016117208501526118008401516101408301106101408301510261174085015101611740850152611800840151610160830110610160830151026117608501510161176085015261180084015161018083011061018083015102611780850151016117808501526118008401516101a08301106101a0830151026117a0850151016117a08501526118008401516101c08301106101c0830151026117c0850151016117c08501526101e082016117e0850152835b838c8e089250838a8c08915081848d8e08019b5082848b8c08019950838c8460021b089250838a8360021b089983019c50919a890199508a9189915083888a0892508386880891508184898a08019750828487880801955083888460021b08925083868360021b08915082860198508188019650829750819550836020515f51089250836117408601516117208701510891508184602051602051080160205261174085015183908590800801611740860152836020518460021b089250836117408601518360021b08915082611740860151015f528160205101611720860152826020528161174086015283611780860151611760870151089250836117c08601516117a0870151089150818461178087015161178088015108016117808601526117c0850151839085908008016117c0860152836117808601518460021b089250836117c08601518360021b086117c08601805185016117608801526117808701805183016117a08901528590528190529150838d8a08925083835f5101611760870151089250828d019c508289019850825f51015f528261176086015101611760860152838c89016020510161178087015108602080518201905261178086018051820190529b8c019b978801979250838b880892508383611720870151016117a0870151089250828b019a5082870196508261172086015101611720860152826117a0860151016117a0860152838a8701611740870151016117c08701510861174086018051820190526117c08601805182019052998a019995860195925061171f19858203011561167c57610800850181036114b4575b610f2085018110156114b45780518d019c50838d8e099250838d85858609099c50838d8d018c08915083828b018a0891508382890188089150838287015f510891508382602051016117208701510891508382611740870151016117608701510891508382611780870151016117a087015108915083826117c087015108915081847f269aaf7c0e0ae1a709c1b7cd137c366a3ef21c0ca7d9fb2b33b5a1ae235768e48f09019c5081847f30543ee04032614e317229edfaf3b27da10dd0792f35ecb2fb82a20c30eb1de38e09019b5081847f017416b13160b7d8d73ffd44efc75ce642f1d002e332ad4bd68469b8b83c5fc48d09019a5081847f09b103f438a43f1aabb6bc5d3490d3c443d773b966d902d36c81490614939eaf8c0901995081847f08f9e81ea21aa882da55bde42c830d261462c4489451ab181513614983fcdb308b0901985081847f026d2cf77cf485777fb797f7c3bf17acafcb3679549ac98acb6e430eb53e4be58a0901975081847f0652442bfa09590b710b3273f0d3c3de61defe08359aa8289b63f36eec1d7a7b890901965081847f0d6e46bf1e3725ff884f82602321db7d05c152349b4cd1117195e5f778f9c27b880901955081847f285754e689291a5f02e4a3c9b07359d3fc33a687a755f842cc45a037774d05425f5109015f5281847f09a4884b8ce2a5dc8eee7e181526dd65567e70aa4cb62c3d128e7d94345a4dc4602051090160205281847f06af44dac4ca6cc95e692a20907607defa711623ca94934bea9d70bd555a594d611720880151090161172086015281847f0f8b7738afe6bd0d66cb58970bf7484be2c67a4519d1406f074ae165ab5d2ad5611740880151090161174086015281847f294dbe90e673accdcc6d7211bb0ac3aab902a88476ef7f7ac6fe3ba7b128c71a611760880151090161176086015281847f05c3f9cecad533b14bace3f9d7d7713ccf40c9429b4fce2cfa3aa4ee3d4ae039611780880151090161178086015281847f26cbff872ac3df2a3787878f24ee28b6ad4f1dcab41126b80f4038f40510d7e16117a088015109016117a086015281847f1ba0b493c987b9c1424ede9239ba100dc005e717aa71ca6d6a605561e379bdce6117c088015109016117c0860152602001611172565b80518d019c50838d8e099250838d85858609099c5060208101518c019b50838c8d099250838c85858609099b5060408101518b019a50838b8c099250838b85858609099a5060608101518a019950838a8b099250838a8585860909995060808101518901985083898a09925083898585860909985060a08101518801975083888909925083888585860909975060c08101518701965083878809925083878585860909965060e0810151860195508386870992508386858586090995506101008101515f51019150838283099250838285858609095f52610120810151602051019150838283099250838285858609096020526101408101516117208601510191508382830992508382858586090961172086015261016081015161174086015101915083828309925083828585860909611740860152610180810151611760860151019150838283099250838285858609096117608601526101a0810151611780860151019150838283099250838285858609096117808601526101c08101516117a0860151019150838283099250838285858609096117a08601526101e08101516117c0860151019150838283099250838285858609096117c086015261020001610f16565b506118008401516117e085015110610d8d5750509097065f81905260409990995250969a9950505050505050505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f604083850312156116d2575f5ffd5b82359150602083013567ffffffffffffffff8111156116ef575f5ffd5b8301601f810185136116ff575f5ffd5b803567ffffffffffffffff811115611719576117196116ad565b8060051b604051601f19603f830116810181811067ffffffffffffffff82111715611746576117466116ad565b604052918252602081840181019290810188841115611763575f5ffd5b6020850194505b838510156117865784358082526020958601959093500161176a565b50809450505050509250929050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561009457610094611795565b808201808211156100945761009461179556fe19b849f69450b06848da1d39bd5e4a4302bb86744edc26238b0878e269ed23e5265ddfe127dd51bd7239347b758f0a1320eb2cc7450acc1dad47f80c8dcf34d6199750ec472f1809e0f66a545e1e51624108ac845015c2aa3dfc36bab497d8aa157ff3fe65ac7208110f06a5f74302b14d743ea25067f0ffd032f787c7f1cdf82e49c43c4569dd9c5fd35ac45fca33f10b15c590692f8beefe18f4896ac949020e35fb89981890520d4aef2b6d6506c3cb2f0b6973c24fa82731345ffa2d1f1e251ad47cb15c4f1105f109ae5e944f1ba9d9e7806d667ffec6fe723002e0b99613da07dc64d428369873e97160234641f8beb56fdd05e5f3563fa39d9c22df4e0c009b84e650e6d23dc00c7dccef7483a553939689d350cd46e7b89055fd4738011f16b1c63a854f01992e3956f42d8b04eb650c6d535eb0203dec74befdca060ed69e5e383a688f209d9a561daa79612f3f78d0467ad45485df07093f36754904dba94a7b0ce9e221acad41472b6bbe3aec507f5eb3d33f463672264c9f789b0a3f2637d840f3a16eb094271c9d237b6036757d4bb50bf7ce732ff1d4fa28e8259a666f129eea198f8a1c502fdb38fa39b1f075569564b6e54a485d1182323f28bf7459c9b2f4c6d8e7d06a4ee3a47f7745d4271038e5157a32fdf7ede0d6a10a1ca941f057037526ea200f489be8d4c37c85bbcce6a2aeec91bd69414324470c6f8f958be0e93053d7fd4fc54512855535ed1539f051dcb43a26fd926361cf123106a93cd17578d426e8128ac9d90aa9e8a00708e296e084dd57e69caaf81126e1ba52ad9285d97dd3ab52f8e840085e8fa83ff1e8f1877b074867cd2dee751cb55cad7bd133de18a64c5c47b9c97cbe4d8b7bf9e095864471537e6a4ae2c51dcd73e46acd8f8e0e2c7ce04bde7f6d2a53043d5060a41c7143f08e6e9055d0011003e32f6d9c66f5852f05474a4def0cda294a0eb4e9b9b12b9bb4512e55742b1e809ac1d10ab29ad5f20d03a57dfebadfe5903f58bafed7c508dd2287ae8c2539de1785b735999fb4dac35ee17ed0ef995d05ab2fc5faeaa69ae87bcec0a50c246c5a2ef8ee0126497f222b3e0a0ef4e1c3d41c86d46e43982cb11d77951d192089c4974f68e95408148f7c0632edbb09e6a6ad1a1c2f3f0305f5d03b527b1eae0ad8ab68b2f06a0ee36eeb0d0c058529097d91096b756d8fdc2fb5a60d85179190e5d0e22179e46f8282872abc88db6e2fdc0dee99e69768bd98c5d06bfb29bb9e2c9076732576e9a81c7ac4b83214528f7db00f31bf6cafe794a9b3cd1c225d394e42207599403efd0c2464a90d52652645882aac35b10e590e6e691e08064760623c25c8cf753d238055b444532be13557451c087de09efd454b23fd5910ba3a0e01df92e87f301c4b716d8a394d67f4bf42a75c10922910a78f6b5b870e070bf53f8451b24f9c6e96b0c2a801cb511bc0c242eb9d361b77693f21471c1b94cd61b051b04dd39755ff93821a73ccd6cb11d2491d8aa7f921014de252fb1d7cb39bafb8c744e148787a2e70230f9d4e917d5713bb050487b5aa7d74070b2ec93189bd1ab4f69117d0fe980c80ff8785c2961829f701bb74ac1f303b17db2db366bfdd36d277a692bb825b86275beac404a19ae07a9082ea46bd83517926062100eb485db06269655cf186a68532985275428450359adc99cec6960711b80761d33c66614aaa570e7f1e8244ca1120243f92fa59e4f900c567bf41f5a59b20fc411a114d13992c2705aa034e3f315d78608a0f7de4ccf7a72e494855ad0d25b5c004a4bdfcb5add9ec4e9ab219ba102c67e8b3effb5fc3a30f317250bc5a23b1822d278ed632a494e58f6df6f5ed038b186d8474155ad87e7dff62b37f4b22734b4c5c3f9493606c4ba9012499bf0f14d13bfcfcccaa16102a29cc2f69e026c0c8fe09eb30b7e27a74dc33492347e5bdff409aa3610254413d3fad795ce5070dd0ccb6bd7bbae88eac03fa1fbb26196be3083a809829bbd626df348ccad912b6595bdb329b6fb043ba78bb28c3bec2c0a6de46d8c5ad6067c4ebfd4250da248d97d7f76283d63bec30e7a5876c11c06fca9b275c671c5e33d95bb7e8d7291a306d439d463b0816fc6fd64cc939318b45eb759ddde4aa106d15d9bd9baaaa28a8f8372e3c38daced7c00421cb4621f4f1b54ddc27821b0d62d3d6ec7c56cf0094975717f9a8a8bb35152f24d43294071ce320c829f388bc852183e1e2ce7e04d5ee4c3aa78f7d80fde60d716480d3593f74d4f653ae83f4103246db2e8d652a6cf5e9aa03d4336349ad6fb8ed2269c7bef54b8822cc76d08495c12efde1872304d31eaab960ba9274da43e19ddeb7f792180808fd6e43baae48d7efcba3f303fd9ac865a4b2a6d5e7009785817249bff08a7e0726fcb4e1c11d39d199f0b000b7258ded52bbda2248404d55ee5044798afc3a209193073f7954d4d63b0b64159f81ada0771799ec38fca2d4bf65ebb13d3a74f3298db36272c5ca65e92d9a1ef90e67437fbc8550237a75bc28e3bb9000130ea25f0c5471e144cf4264431f1e65f838515e5ff0196b49aa41a2d2568df739bc176b08ec95a79ed82932e30d2b1b045def3a166cec6ce768d079ba74b18c844e570e1f826575c1068c94c33f0832e5753ceb0ff6402543b1109229c165dc2d73bef715e3f1c6e07c168bb17302f614e9cedfb3dc6b762ae0a37d41bab1b841c2e8b6451bc5a8e3c390b6ad160e2427d38bd46a60dd640b8e362cad967370ebb777bedff40f6a0be27e7ed7050493630b7c670b6deb7c84d414e7ce79049f0ec098c3c7c50768bbe29214a53a22ead100e8e482674decdab17066c5a26bb1515355d5461a3dc06cc85327cea925b3e56e655b42cdaae2626ed2554d48583f1ae35626d04de5084e0b6d2a6f161e32752ada8836ef5837a6cde8ff13dbb599c336349e4c584b4fdc0a0cf6f9d02fa2a871c15a387cc50f68f6f3c3455b23c00995f05078f672a9864074d412e52f569b8a9a4424c9278e1db7311e889f54ccbf10661bab7fcd18e7c7a7d83505044cb455110a8fdd531ade530234c518a7df93f7332ffd2144165374b246b43d227808de93906d5d420246157f2e42b191fe8c90adfe118178ddc723a531902502fcca2934e046bc623adead873579865d03781ae090ad4a8579d2e7a68003550ef915f0ac120b876abccceb344a1d36bad3f3c5ab91a8ddcbec2e060d8befac1797130f4b7a3e1777eb757bc6f287f6ab0fb85f6be63b09f3b16ef2b1405d380a76225dc04170ae3306c85abab59e608c7f497c20156d4d36c668555decc6e51fffb9ec1992d66ba1e77a7b93209af6f8fa76d48acb664796174b5326a31a5c25721c4fc15a3f2853b57c338fa538d85f8fbba6c6b9c6090611889b797b9c5f0c817fd42d5f7a41215e3d07ba197216adb4c3790705da95eb63b982bfcaf75a13abe3f5239915d39f7e13c2c24970b6df8cf86ce00a22002bc15866e52b5a962106feea546224ea12ef7f39987a46c85c1bc3dc29bdbd7a92cd60acb4d391ce21ca859468a746b6aaa79474a37dab49f1ca5a28c748bc7157e1b3345bb0f95905ccd6255c1e6f0c5cf1f0df934194c62911d14d0321662a8f1a48999e34185b0f0e34a64b70a626e464d846674c4c8816c4fb267fe44fe6ea28678cb09490a40558531a4e25470c6157794ca36d0e9647dbfcfe350d64838f5b1a8a2de0d4bf09d3dca9173ed2faceea125157683d18924cadad3f655a60b72f5864961f14550328cbd54e8c0913493f866ed03d218bf23f92d68aaec48617d4c722e5bd43352bf07216e2aff0a223a487b1a7094e07e79e7bcc9798c648ee3347dd5329d34b1daf345a58006b736499c583cb76c316d6f78ed6a6dffc82111e11a63fe412df176563472456aaa746b694c60e1823611ef39039b2edc7ff391e6f2293d2c40411a8c50ae2baf9f5e8b3c672c7326f002cdec557448fdfa263f0adfbaaceacff062af6c4373daac18754f00ee840e8920e3f715aa7d14233948e54596ac34e43067668742769c8dc002f62ad79b936464ee18b541f9d560a1df662a1de735099092566abceb5edc4fdd60f23c5c605a7b85a6282a1cf7920eaf4f345877229041dce678af089b569d6b90eb80d3d937f98f952e8f4928a6f6d41c4ddeea8ac8a0a0f0bd983e55175db6027fc884726d4c79e1bf6e6b65eb7a6051d02caa2adc32ab887d5bef4f2bb90472c6da5531555ab3e5b692c21b57855d4cd77c08b73a10e29f9015a7443d2be603384abb29dd7bf930d1a28686cfdbc347e9163870b7321b3a5f0e068934a7436d1d28e8cf0bc61d712e158a8bb2c42a57125d8727ad20e1f8ea955cc9e2efd16f26fe45422f1749a9fd2fc10ff4ed3431ba73ea1c1262130513365c023ad8997f530b8f5077c7bc5408dc8177b0379d25eb46266d06a1996a13e24a307419ef17eaa2120d6a3510e7d0daff70d3b73e1c3da47d9e81a2ae828a9edb591d66810146f3e0efe95336e919fb8924f65807d2e20b70ffe322f617fc3ddba10cfc459bef0adcb6dcf024b50924f5a9719707ea9cfaceeba8626034af9d21fea59b35e1edd6bc6ad24e39bb2309014f2df434b01d52360ad6a0861d9a9b50eda74e99bc741bab3c8d7c36e4dc3828ef88a8822ad1d97cb2dc109d307c6251380f12959318cb1b6b6bc8b5f0e87c8aaa5b9a9c02a747f82230a2d7249c015893681c5b6406a5f3ed9913181fa18cf0c9cc5404d002612e5f6ee300c394ab0169e3579b604d3e4c8344ffa05164a7fc66d1d0fec5e1b0aba7c3c053246a30507749b78daca7f5e1bb40d8dd095a228d4754f587a522ae3bebc5f2bb8c89e9959b6bc4af0814110a58e9f2de278cb4ce3a3e85b5df69f20bc6c8503d087490008dce2b785898ea7d63aa073e5b01645c59c49ce136275cf5983b51b1860486b80b33467e250e5fee700e42ea8b1010ae9720e0dba074d0a71148307c2df19e33502e0d6407204240d9ae9d53671a8acb8275c87a878c8d31ae6a92681360e637f307e9d3dd46d8d9ac32d1eaa80fb008a164c495cdcba8f80575b26e40b31dea8fd07591fe4cd5046b8995ad2b38cfff12bb5d9556049062f8c60142db0b3205d81b91e289e8640447ce61d0a5624e7a80276b2aafc6c020bd45b11481ae8ce1f4453b29a23cdf06bb4da1344fa0858cc366eab6e2871f6820bbf14afa414edfcf985dc050516d4e6e6f61b32fdf2ec6faee7eae103be602c2d9d07fcf3ec2df0db6971c71924e8adb1f96f8d53fe7de3676a7704f621ac470f5b21daa5e36df00136f54419d5e4c09ec09bba58903173c55822e51d65b0779e6f2e324f627abadd10f08206430befea7ae4b5ed5e965ec1380af6f883eeac7d3f0b5bb384cfccbd7b191e651901f6193f949a3c8a226cec1fde2a43d8829dbe86069ddb007faabaf73350dc4eadb907bd2d0d4a214f6654b30756e8ad18df5f18208b465f89b447783ea3fb14cbb235891ae8c4e5a5031365f470bab6cf86dd3c136297f9e831fb9640b024db98afd0a4eba714daa31944c4e7613dd78fc7e14c10a7859a7db68fae99f59a4a784cf518f4e7b9cf94ad7aadfc8b089f3b3ed9e80862b4da27d415d0ee6ee421b3dd98ecb3188489103fc6028684d166a5212ebc233af2967f6f7740ff8feb103ff33416f7d2a2f08aeb48e6a84347789fa4404c2ae069b5948ab8f0ab759617732fabf28f734dfd5732f7f22d0797078908d59200583f3b42880263ba0069d278a8d6c633913f930510ea5e8bc4fdb6e0d654b812e2f29632a6e47b536e42912519b2f5f6086fd92ba211af7776be12b342730a06dbb6c7b8448c820ae128612b7fc4698a74cfa8bb058a90742d4188b3063bf118509380d353243decd53f8b29e3e830dce894b5ed590eeeab18b1b92f3a6da70c6fc99e5d3a8ba836d2a51632a7efa4a2732c5be32ff1bb8988e97357cfe561042196cef447997203de5aa95cd5a8158ddfb11a8ae83c733cb3ce942f1e39522d741b558a9a39fc48442b13f7a09394d878d41b7963105175b5eacc0762d34128561383e49fc55b465f9a55c56872a9da39cc1a8601c984fc142f519e01107a283c11ef394149faf2dabef893843ad8afc42d8322002648b15c7a6b2f8e36da16e5502b7577231018c8b8a59b3d9d60952d4e169fa38a080ce1860cd771ea5d1dc343ebb1999bdd849b519b6c88c25ed40fa673b44a37ae895f1ee2efa97458192b8afb63d8d9357b5d74136d341c2811f611336acfeb20a0e4a83fc726cb1e1a30b60940afd0871265b329ec9ae86a61df686cbb09b6b57adcd2eefbe243b820a00f04fb239f151d607d4a38fda2ef13fcfdf2cb7290c86b19bdedae4048fc0293b42083e8d2ae737e112e012df4927fa61a56753e4cd9ada1690e5ed529da2db103a89e5cb3b42ac01913fe5c8de3cfe959ea6033bfc3a17451906560f8071cb81d2dfa938c9397a2da95a68184983ce0fff321071470250b781cdd80c73c03f1355c9f18f37d7837813b19946787301f68b7b3720f02cd358bc50c9ad21613af73a19617a92625a1c30743bc9775a4e8b0b9f3cef088f39bbccf12caa3f5114938f09f618d6176cff87ec5d1532a265ac4a87e21d68ee61dae8d9a5549240acb455d2f8dd661528e732ea07ef93c9e03630f51903b86bc6835afcc03a98a151adb5dd2d8fa77437afe73aed319d84dd546839f9d7b687e825d9b23dc174425548523d039ac346af19b64d52549e24dea02ea0d5476a0395c4c438f61346409cc75c22a37ffa264db2540ae85d1ef6965111461eabc9fc652a879b4bdd1400f1139934f4fb0ff2f4bd0b7d28544a1c8938de92dcf965e1a1781c86aa8e6c22b6f9a7fe52ad45ae8857683ea066cdba3f7c3dc7da78411c83583070ac12d4718fcc896be2e9edcfd06d0ef23c523956148f3abcffcb0802e57c65dfa7eb6d813ae7493c450aec181999c3fb9c0b4d4a5a595672b2cab4181a5b52ec2fccf6821376c58b83138f960981bcf86f680c79081c95f6914477fb5d6cfc7497c1526142335a55e77462aaac6aebd3f92ccb12e15204546af29eed4f5e73600a4bf8c0c5ddae16b04dc051c9f419c25b7f6408a3d653ebda349ce9332593b371fdf332689b4678392a84600cf0b6fb25c9b35c065b6958aaa056ae8b099fa61e87b752c57afc39ed2d8ec9b9cf1c685f7b73c0ac1d0540460ef91ee30e56b84607be51b78b860308b6b50845c744c96a2237fc6ea46a05d4884dbe8a5e797432c269a13cc94f496327f946bd5bf504ab86714bc345f836fcb9b1fe307c40d62c3be3b24d6de093538a86baacd50c2ba65c212bbfd46c88acf6adc911e678bfc7c10142258067f017ee12ae23944f9b71c0e8f39d165a22995c8a12a76bb340c853aeb14b3d102f33c05e6ea23d0159d2bf879ca8bca2ee547e25bde0d3289295542fc2ab89c7fffc98dc5ba3374ee0ec8c58607e45015b08cb6d13d282d13fdcd9cbb2b7b6c147957fe1e074237cb272f8b38fadf548ab37c7cca248c2b6e7f6ef18422e4d3e1b886adcd0f5b0cf73c1a9bf1d3db30305651dc858b75c2c22c1b4b0d0b68fa9b0d5df7dce1621bebf659a18285204c82effc3a17a52c8f869a04386f1634373a4427e6ed6822633c676f76244b7323df66094f7dac02febbabf93ce6161816eae4a5a59647769db36bd32d91e36a4d2881180921c6ae1c774da8a88c0e8dc7cd6f5219b8f0a202d5d9142eb80144fb4945777175cc21a5de7f93734d125c7c9c18bfc84d8298305590ffbb6a6ec51389eb2678522ba53dc7b6a9c9890fa705e5fb58d754efb803b9c24ded86fdf44f0b9027858cb7468889b9b793f92db7b16fa0d8cafdb13856e67e232531b6b64b181717b56e918d895d1f6de77920ee21a8e99de49e0f23484346d51ca84c763fd3bc42ed49302ce517efb7c3d12464170cd57c89626cd9f1c25ea604103cf5c7c6b6384d63cccc2539fd227b1018d92ee6e4ad5ed8671a3a902e471b7b17423a0a123a069f5ce724d219900e6e06e7eb25aa2f77c9f64e6e997569593b1b1aada9d97b4fa8d5aa58eaca28ee3d245f3670a6e3be9104fc999f977e05dab46a0434e682272afdfe33b4314894222338e44c82e527c3f9b4064e9691a01b01426c264a5eab102627ca1798a96731025ba964c43c4dd03b90be052c367b5988b0f613d67afe23caecb7535b02d8c2227a926359ecb99dbf2fbb5bcfeb66b443b73074de47f75d5285a63d5e9bb8d0080e987035c7ab8091afdab9737d67f7b29d5a055cfe3e80da76c5ed40036fcd287d9727fa9787cb13d2c6c4f861fe6948ce2085e817b17f2d01c7ac5d9a71e20cff9c7671547d0403a7c6dd36a818db81d84f73c6618b28b9adc117de6ea286231cbd6dbd1339319bdb4549090f7f907c46f520aaea6c3e669b1b933bc978df003fe17bbf0d32f5eef248969461584ff7718c1a84e79daf88c813868f09a10b13768255aa238077f21510e708027b2a9379b9bbbd34e832220ef0c741d7bc7619f3f23131739230955fa717eda73f9da0bf596b1dff0c23ed24cb2f950441602b24106b3883d29d76325e0ea82d0e34c742b992fe78f91e09c7e308e8d37ddc000fe2d40c9e86c9d35e148a06ea4a3410f29e7519e394259e0f6afbfb6519fc27ae2a5837cf9c79ccabe4f7f61252ec8e6bbb272005297cca83cc40b4110e8915684fefda12b32ba4873564c3502a67a2076134f71ff66f4e2ee5315b02a19c21045f6063ec9e2e6e7040c0949a46235693805af8e75a29760dd49455e61dda00ff37a0311730e3ce35c3ae5467f47401add02962daa4cebcf2cae53085eb1012a8f68dad75db509547b97c08699ef05dc6e7a871553dac62f3d9bee87e14dd0444811de68c064af36942e4ae9059284f0dfe86650c72cacfba8c8a06e920ff21c1763df1a7206705b65d0942acec0c4cf61e60782ffae540b6c41dd6a43d502575340455a05474d748608031d21ea1502e27c6fd348f9992cf8881c2d81e6908f501b2028eb549372061ad3423e3f0f71bc45b89870be397c5c5e01b19760e05b62275eb9fa36c94136efb0b3767bde46ff1d35b811759aa2b54c90dabbb540519ec5dc1a9b538923f0c3354603bd0c7d7acd9b9ce817b70bb98acc4744d581549a0a9856793b1fb73049189f34b2e0ed9e08c48875359aa899dcee91e1e8206191e3ff7936bd97b948b095a6bb2e458b33a4f2a731b5a06c347f1f6b46d6d2a3d690c70b4930341afbbea186b0394a3a7dd7d911f8106db6c96476395f25b04d39a7a0b5f372041d717d422dc3b862a8a8b6ed1a174efb24b923c9505c5b0083b47892d403e287bbf80d319866f50adc5a5b50f81f1708986078e64065b261c4b724162943f08ad657557a638bf3e7bec8e57d5db00b9767682c8213132d82035614227e301894056bf197033ea74e568e22a4644da4234fad6010f9195f12867e28d25a0560e620af7e734e3155528406285834db300d3f88a5c631585452d9aba98839b67ae817c673f35059c574d229529650b0b718e0a89de46bc9b772620dcb35abd4a2c1c34219eed205f8cd095a96c00cb66dbe106127615562823189693ff51f37b66cdb414147465ba7aebbed3006853a8b6695b46d088da9f9d0dcf0bb67aa309914b0aee36c52661723c0b3af0abef68d43896bab66a111d80207abac676cab81bdee421468577de3d55df734bcfc5e7b0966c7c05f6676ed5072751669cc40c66a1e56cacd6a57ebef404b8089d8bcb827bed335b3a81f68b2dd0616e2fab6505dc6a0ef4470139d33dace70f7102a179c6c5f45e197a3b312b6d0ca50c9b10229774a059bee1fc4d090c879bdc49fd79a6e97be85de5421c1315947727a368a3713ac6b5968cb50ae30ed2f26546062eb3be935284b2d7ac2c50018a609e805dd45428015180eef905c885d10f4bdc57bf822bcdbb7af7bc1a51c15bbedba963fb108a0b5470851f0e9896f6ebb1b3b6e51ed5c6c5e26ed4221a70968ceadb2b1a3949215db03d70457982d2e5bdce6edd224837ed95275711536753adfe665c99ccb6a38cbd9d06c3c7b7122b51dc063628a669dded0b36031897f30796e50a12b212bd146ed58fb50b443ae9a2dbfdb4f6b8fe5c61479e1f56af932c2012a38d77352c6ddb68fa13c1c9c14ba96fe7e6d170ffed0d759a1ecd95dae8cb508bcf72e6584898d2108854749c3cc686e4b02f8fe57aed95df02fabaa828c27c721f68c33d9d2b881210704a41d9c28f0a4af02e67fd345caf1da2fc3d073c37c2921af16e44330ee72caec36643d75e766c7437c59b12d6e41ee20f40ea03cb4d5620d4422f732f547c198e40fef3839370868c44a0eb5d171c79db7d2a94ac6cc15285a8e5de39e4e93b574c4d7274e08b5f27e98c96a9cc039323133de3519bd46223b43f8905772323e7111b398cab542b4fbdbd4b4d8d02e21c346778fed85751f95cca3da1e67f96fb5d4c4a400ec81e324f99ce88e3174199bd6b9babd9961f9076e8e09c47808ea337a2e83b4b80d7685e1f01912b29a0cc2bd15ed76a356d76fd2c33cc8df84e81068ac799e8a9eca0a8e2836d1405136a95e080ef56c23c099a7f8569667584655eb8d8cef8dc46ad90943f484a2820e3357abf5aeedf9a457603a627e9bdd807df2734bd6e81051b009f13093c205e6b631bad8731629ac0af44645716f0f9dd549d7be0aa4ecaa82fda20276c1eb9ab4dd7426e30f809c9929f84ea59d6136daa5f7022847ac8e01f04ee91e22d89f59253f5b9a24e0188c1ffe0fe6d1585c30c019bba8b4c13fb65441d8b0c2bba2d4afc396925d03d39ea49fd7d23174a3ee023a3625b7d937936b78496f30e59a58b602d4ca9e2ca2a10796a2356188a39eafa39e5525f53f560d3349cbd1cc183780561724fe8db9d8f8c456c32c8c29556c12c0157ef8fbc9f00e789a7054120821f04fd778dde8968f55ba1f8621a17aac4c0dae7fd3e19b5ffe7ed321f02893a858c61d860abd638710bc13aa6ae1ee2f3227513c92378c9d74d04a90371fd918bcd2d93ca93864f1dfb8c851c2074ed5b06fd1339ba1eedd20a40781f3fb61afc1ccc181b5f33139f59cdbee76778726b9a73fbc196e745afd3f10a1f6ab61feaa716f4311adca796e444e9636abebb501dd7224692fdfa0d64c9fd0bbc08a17c0f31e73a0049d3464897167566880bbc884eab974c63b37e6635892f6e6c68f97cffb2035d973014678081f8a8f0fede19b7d5702d6b5e368f265c10eae0663059eba3e2b842c9076076b5241b4977dec5912f145d891fe58e9b930f234bec6cc14051fbb4ebaadc99aaca497c1c2d5fef51e5edb6e8174fc737b511d7a67da5230703f013ee574653d7e02dcb7fdf07f39f21410fda7ffcb09f9a0fee562c5444f1e094b4a6bd732b720771f9ba98db7dcf8231b8d176468434320a076467e3a9603a7763d3202616302c719e0cc05870d0a8458842e30ce047d31c733d34815220317facf6f54ea32006e2d3986aae8c72add1b2e1196234ddf9186d4f686994b1e7790b2ecba770c373ee1d70fd63b71073e65ecad88dd5a3a912d1d277d3ccb4997d6cd545981b73bb48fab183bf9de1db16e0d1cbcf44c31316169740abc733a5753234257d3189d594d1ee5b2ba7ea9445707842d6805bdd2566d99b2fc31cb583aa146e9dd39ccc09436a45ade8a57c9f4c2f4daf9632b1146f2ba6b24e1f31962cbadae6b36fc4a896cc6eb99d63d9859a2a4f91aadcda2ad5aee9f6379bb5e275b6c2ac947fb0d54216c85a6c786b2b5ba133a1ce17ea2fcdf08ef110e18c877c4e7e28c4f902bface389a0b955af669065d0766d83a72d9f57de99fac20c55f402f06d9c9d3a8f49d62fb106e4dd8cca84cbd685c06a1c039fc13e4161998ed60fc909e194ebceb1e7a4ee755d7201ff96ecf3632e0317f2ad6ecaaf3e5db04b6aea8d17bcb58cfe4a1024ecdba3ef5d57dbfd020202196ec1e27eab458b378961284b6a98a6766cd6b379b822868715e826e0a21406109afa2d34c4fbac99becfa70f20b2087f7158413a02604b386684f3f848a896148bfccbaaf2f7e951ef266b8c11a8c19bfe013749c38f5bcfe608d3282fb37c0a25d11a8d1ed5c87e03b684b7b6d34140063cb4f77e312ec5ac12da98911e402479d850bb1a9b9143f126da89063a8a3e5d0a9d5917e2bfa5927d8eeb70c526115107e62902f6facbd8a1caa2a2f67a15301e5c034cb99c764f6402ca3317810dad22d08a6b8d81d4a5ffc34b9677a7c5254c85e953551f9eba9a0a97590c1003cfc441111f1bab6e75957b9f0274e92d17aefc2d8da460435dfaf259bd103927c6d1b8a2e2ce670376cd2970192a2a08e4290883f6ca49e7976c6c447d639228f2882b9abfda8efc2d121da0c871d2d5313a53c67d0407eef4e93ee23e6c2d0a3943390fe4939fa2e931e18094c7c93aa107ced2bfaefcfe5e613a3f1262d52a8f37d8da8f2319e188f8909007408b57fba3555bb784c1ad6c7b07558054560cef8658e33f20c39649528f353ef5d03198c75683f8493534add693a4ff4f0f1cdc2a6f0f0e7c6c62ee1c0cad4fd11363a48db7095171faaf9a7b6e01c3e52b0a2e681a2db19c8d1cfb0c28f0b7b3d9830d35fca8c0b076b4e64328060139d616f013cd703be7de16b4361ce5c67cc2997f858e8a808885da67fbafd30d271729af57131c9cf548be669fe76c675e6d90bee17a76cccf4ddc5d35f9a936ebb821807b1ec6258bb155ed159da90b815dee119eae8138b1bdf950111bf5205b3b07c00db8c50a8c860fbcb8ebd234a54350bdbcb8747891a4e5adab1c4abc690922bc08fc054d08a3dbb6094396d0de373a4c33205c49a1254cf25ebec17477652dad58bdf3e24c78f21146de084d9b8afad58956fedce67d43f7d375a813bb2e292cee6bc19a64dc5a8a74036e676e238f60b4577db86213ced417906f1d6e9127d655ae125928ad6b48bba54593b74ca0c23002b32a0a9ef375939a22387a8c0e0e2e781fe9ac0a97f0d961c7b359a415d1ead41c99eccee90e56b68fbfa2a813fec23e678d1c9943b6daed8ed8212289116ab96344ded7ced8aac2f09f167227550dd21647e37fc31640684e02cb07810669b1c1545443fd58204b2cde73c21de6d5f356a92c48c7b9f6aa45c8a6216e0a6adbc799c0bec242054674cb8f0914c5347c4580363f74c885d1fbb378c61d953e490892b10baf84f6e1f3a3f39d27f2768023c4df7952ca0d967f14034e98c4ca76973ae1cddfccd212cbd786831f4f499fc4853f7e189ad6d2269c467f77e15bbd28963c516b4fbf1ba7b88f950d62ba9a8de3b97c72a5425a97a7f027fbad23f299ff46bafa12dcffb0e72bf122b649ae468f20c7cbfb435d932ba9ba4be14ea40c0c54e6bec970ab4c513f0403a1aae439e47e7e14186d5513da5e263e063a3da6d042c16e55cab2e81a8e9525c7eee1fce422600f5b1e78323f2e99cceee803f62763217eadbd046c1e0e6c1c66258f103a955274ed71de56169bba34ff6aea97a2c32b98805dc3b011a38329403b00757a647671a3691094aef420ad830f95743d45894d6d7f40aa356e4b13496363ef5f7d0e91fd1319fd5dc0269c5190d05d8a0ad28a3ce0638a133e0e1c6a4586c15c4638a1686921d7c204e2b6e1a88c1fc49dcfb87ded2a1ed7edc50da23df12d0bf47bb92f15ee189386c20f552d0bc66ae492b92d69556b2fe75a155be88bc5ddf8e0c6c741286cdd5ddd559279a455b9bbb61d5a0b004e545d5e0553fbb5b32db860e0bb12cef3aab4e0dbbdb1ea8704d335a18fa8b4df112c3612f6a3a61a3139221cb5875cf455b942580c00942499932dfcacf6f75cb80ad62faf9e95457781b3c61de8a1faadda67f76f52bb81255fac8819bcc104071e051c7639cb68d3cfa69f3d795d1a1dd4eba176d0c29701e7b677ea0750b4ccd1db0d9d85a46281f81502fbcfb430f4d08ab504c502d2feae2ab4a26d87bebea0dd00a9b7074ea11d9931cf4af16952f398777aaa36413df14cedc101c7693812d307fab349ddb7d62a5edc0b6a62b300715634e5dccab808d8fa6ae62b406705a311f8f3afbd6fe6bda7d055a536ab3de9c40c8155b31d397f63ef21ac974cf52d0007c569f8f49899805d22a1930883968a3cf058993e0adfd06da437ae50e83015dfb18bf1b6087c0e638f2189a7b34534549ffe8fca5afccf7e528a3338cc922140caa062d2fa72722ad48fb71bbc9f534043dab90dfa24b96664eaa2f0ac6a11c06fe4e5398d4704271b84e6023b07b189dd1d2023dd599b33defe4251b7150775f90bae5f8f8157eb73bbc7ae69b74d44761cf0df3b4666eeb2860878c0df0225befb64b758b837a4305e104d5e510d893653559d8768dc79325ff89d6b9f201a730245d9227f1232cc02f486c18cfa1fba40665ed3d1bbbdcd19b03cac4f128b63b12a6647f80c686aaab15b0563c1a33f475dc18caa434ab64f1e290acb0a34ce8153d4e2e1158de05d276530cf3c749c16c7e09f3b671a973b0efb08392809c5d323665513c8c4a96ea4dc08e3aba43699bca1198f2b559915082495ce23b929e7d71fe425f36f32975e9a68bbf83c16622678f061ed78a0c9ce318be31ca1a93d02ae448ab773f95c6b88c0d01f89c0c3d25ad625042771dd5a7e74a903c7381ccdfd209a8cba5627a058c33f472b24d2b1a55d9dd47f60dc7b474e7e00be1a29bb668a25eaedffccef6c01c90688229e8fc4be9812e371d4d61c30152c821bfbd5c415fc076fc83895edab9e5256ee826946a865b8c82f0189af46260b8ff5b252182f6a15cff90144c1e7ac1678739882c90fe46d0a29db7a0cba771c0e94b15306baf1b017623888b8d4c5402ee81fd213c4a5e42f52729deb7d5c2031deb0f13ce17a5b44edbacf5a0410e23348c2c7657383a8ffdeb5c5ca1cd40e34d14f44e8eb98ac078ec90eb718c3034249fbaeb13d24f3d5b6a4002018ac2a10f1b76f8b1cc429820030c58b3d23ebfb775a43b07928b9868891c2cb4cca0535bf4f7fb763f981d2c0c7ecd2237a461ac385e2235fb35222b512f1dbd1b712ccb3fbffeff74fb7ce3b9943f609dc0d7fe34e3b5e6b199628e86d5576cc181f44cd78220a2e66be6c9eb3bcffc498a47f22c3eb476591cf456d518e3e126c1d60e9e3444a748b8c22d7d10e825c536290b723fcdfa046436353d6f9abc07305a3ccc67bd014ef2544927f9b96ff58e348954e40af67861ab88d78ff4b66881be5b195896e9ec23b9d3eb898734c385272ed64bdcb236223f5a3436986dc6d1d6427dd07a0b46a8ebacaa82e8c04de8e7e94a18849c9275b8b4827a873cdab2f09a403f946b692704fe4d5ae69625441c93a7f93dcb4f8f7d337baa735ad9a1807540511593488e084b7297b6ff67b748c71731b6ca64aa8d3823e81f41b370f1daab7a702ac80d108b24845bda04b732f3564ebe57392e470380199522e1d1797d0f72bf0b47a45ceaf82df261439bc5e3b0ae55cf1069733d5a0b51765ca2adbb9b4003631c5e3d02ce959930c75d4d25281c86febc61dfdf35e00cfbdad1347ad87393ef928d2800fa2a548328ef9bddf5646da79d507d2f2055db335d615658e02d31e2c200dadf6a985652eccd30cb959168cde7b74c7239539d2df1e01f00dc28bced12a74c3ce687dd3fa996d6f8bb29bc60cda4f3aed191a6fe8d0154ebcc230244b68b9a8f51a56ff0541a92ea2cbb3e77b263cb03a8bd89491f71f65f74b523a8c875885378e93d1946c7a3f810e2eecdea94b80c4f741ea6cf92504a559a4bd23ed689acc9b6cb4062479a6b29692e2b8cce40058daf050577824496d9926e4e565ef860e52396a2935689c87ca99abd046bc279ce1bfc432062c9ccd22b143f4d8d483846d1960e7144a5c9354ea48cd1a71bdc82fbb9298382b9bd02e1b064a8db321a1cd212a7a6dc47274f6eb5fcfa4f17d6f690dddf8c40b21f0004118382f32fe441fbf36c0a38ae41873ae42d3b6ea5f0c6816e0047210756efb491852587059f3e48b605a3bebabaab0a1ee5ff1758eb30623b7602c127574a38823886d1f4841b540e29d67efe35aa8b3c685f969b6bc6cbab5064a24751d620ed2a3db4382265b8c33b666b85beae7aa87f38e28bd2f8d637ff9d02e3d7208892e8a92e887fccccfe04d8d0fe994bc443641a9fc76c43da02f453d11c3f6719071e6810699be20e1b1858b9ed00d8166bf15434cd5e43507b9d62b00b86112693a4e7f3ac4eadfcc3f04d24a7afe51a87f82d4a435ad27f30aa2f91a77348400a87f0180e294286a7a06c857f590e8ed17eed7a6b4cc1ca5a97929207feb0ffff2e419bc967dd544abbdd2dcc601316f49957f2319c9a04f56157d0df4aac4e6483265aa3fc462835a90380bc84004fc46d1a85e61baed3196ba482f2df3db6ed0e27d3151201dfe7f57fc2e5ccc69c2458535dbdbb5d88aeabb4f2f51811c3568dbae396f86838c5c8b1bbf9b5bcb2ce98542e289184b95f74b7e1198ec466dc8c3f55b048369eac0490e835928891325d4cf4461da1d2223021919036827eb0714a1ee4fdd653d8667df192402e290dfdfc39bf005fdfa86c0430978d774018c29f2818df365312371ce4082a6c8c52d2a965516b76436349069231ed2d94767eb9ace111af9317b233fee037214e3f6d7e366a5812c8fd1dce50fbd8502ceba8ab93eb04d1db535d25f4c3be8acac4e8e0467b9d606653456c220e9fac35dda464e436a4d2eae4cdd5b52c9b712d5b4bfa43334463f8478d4bb15ba9fc4b175278a12a5ab39ee0121b06dd09b923bdedb69a26182821445ba000c3c9aec9048b10a06d062675b63417a1ae8704f2918382466bf575e22a654d32795a46eb4c79595a9de2191c524f0aaf92f764153b23c357ed50bf3a91cddf010ab7893c4253d861276ea30f229eb86b90c69985fb6dde4aa50e24828caa81a2d4509d8159af62c44503f64fc01e953e90c6dced8ba75c58df2aa090a5fd359157946957f4feb94eae09b9a6c272204d107ea7b0e31b67524a6c9ee7f04e7b930464efe02b65b862f9a0b59fea6d6934b393e65cdc3d29ae67a751a0d0f136a0965b3a2d05666d38ffcdac4e5ed020c742ba41d760e70f74dcd8f8b1324c90124531c784663d57639928f0a8f152038a779eebbd70f6585dacc971668ebec552202070df8f85b79bf7debf24a9cc0f2cf30370f26a9372e01718dae7cb6171d08282fc0baa2e9eb76167b9ab2405db9c78f1f37b168be6435d5385a806e745a178c3d6e47cd33e5570311ec8ad8dbca0dbf54aadd1393738d898384c57795e712ad905f9d82f33643b1fefb90dcefffeb818d1ec3f4fc3d6857203eff5ed1ea229682c9e4165b6ed1a2870c14a1c8bb7b1c7d3b52f42ce0228b85480666b4c425190d853744dc11d155de5e479640302a333d47cf18dbf1ff241ce42c88d4c900db47fadc76bf4fd8dcfe26908fe48ab42d399da939ac1f167ca8600cfbe7bc2ba5e88adcbe025760f2c8654935f0557d14c6d4125a838f312f2ba439e2e94c1376bbae85699dcc294f850c858b4b370e51ff3139bc3e0a1e52eb58d08ca41b1333fda1e3d58e0747f5c7361d5075526933ea283eee2ac37b6042c6083b6a4228bfc4dc9594e9add687744b79f4feb979e2143d742d4e4d1d5bb64bb799a02a0f43621f15c4af9c4e52180b3ab6fbc9cf57863dc34e6190232841eb8b0856341668bae54907e5387889e1d55a4d1d3b135c9a652fa7a4d70bb5146f8b14ed410a87adfff46809b3ec145fb43aa86f893a109673cd24d6cf2a49a569004876421e9fde940aab66670c2b1181f6df82c382ed1b5d7462fbc51c4b5e409628c80d29361fe9bc57577ff4d84574c95e0ec17d135737a27e1eac39105d6e74e401b10259de79b50700337c1c9cb31e1131663ee8855bd1b8a6ef42106d25579f488b0f6f5923c9465ce3725957788d208170001f1aab4a0a305485b891a5db32897902aaa6d934fd501ae8ec3c61243f27898b32ec59a591b55a3b2c4fc9a80bbbf11f275665d09676b37c235095a09a20572cc9f7c560ef1bd70960531dfce0f9c90a376d54e4746f30352fe60fe77549f66ca6fe9b489595c4b7f03d6fde4dc6090f9fb99ba9ed076b06f6a854af79956315b20c7c847afbcb82f3cc4a6319acd12647fdf764202dc23974cb36f678f88acabf40a3af1efea82a25d4adba285a90163d4024aa78a29e1b29d817e5a54d62c35a0cebbdf280d46da3801f7ca3aa6018d129e8e0a4e479164cdc899a2d3ebf43d974e4b09d8dba6c320946223cf18223ec490ac0fb5b14fb10e0fc78f0b9b6fe907eb7d5b98e6717a1dfeed2897b47038bb6dec1ced2b3f1616c3a3690a33905d9e9c800169848ea41525df1038a350efa40ec3478a8da5b538017469d4e4cadbae65f3912fad7fd6bfe4f8aece05c07ee20d224c6f2996ab8695e8ab58872b31d1a53a5a8faf0ee710cc84652a0201296f3de85f6a1edcac3eb49942327025104453c66bc5e53503337c4fa17fe4a0b9f0fa8bd9d547076a3a7cd1df3101ac5db06e6aec5cb7ab6d39b4714cd493003537733ee073b87fd683776edcd014f14d7507e6ad905cfe9912f73dca53e05233f0272e0c4f919fb9781fe66772917ce70d5d4f07a0b45042bc308e122a8a23059b9ba4ba5d9561c3db928a6bc0d0318a59b5f2dcafacd6ca08b59bb2ebddf2d5a9419c340cc7c51846abbe6cc73da80246ba671af65d42acd80eb26285f0128cbedcf154342ee2c306dfb3090bd8616b12de61aac4ba3a90f5c84971007f8213bdf6a17afa769b5e980c33c2789198bb4e2c6d2d460c80847e083299c13781856c7cf971f9cf1b9268c77b4ce1cc25e46d598e4063150f21399b1df2c916016a4784c343b05327e075242bcba3b3f0a1c574b761becd3a548be7bf56c28a3227015baeb62f71b7eb5faf4d53e02aa25319f3930d6805be62186c2c887c5cd2ebabc5d65747d5248a0bd417eb1f08e240bf16ca39517bb78f0bde113756c5e04294c633145298225eea35ae69c38eb16f7e801932977406dc87744fe0dba1720a7fd4cb2f474549d58a9bd35fe437d0ee4779d49d637c7e62bae43e416a71e2407c264f39d4fea0054ee11d49ffa37bc485e6b2a56abaf474c67f519278ca426d6a590d67fe597886868c5f7b112f562d005aa0108d290856c4a73ae8dc76f0588e0144ff3f7ac60cd6dac45470ec514e8e0b29364618b1990be43844f9c901655a28817d034b981d68b72ec7917a6bf82f2a997c9d234ea988a7adc885cbf194dc63b0b759bd5d2f9fff9c7d93aa659bddb581ef7fc0a377f3721284c437a27f66e66bf165f89bada48e8a34cf487bb7d9574e6e30adb35a4ee99a976b25908c55d2b68cd123fd8566ebe8abe31bd6029bb9da9dc2a3574e927aa17b584dc0bddc60c6a8bc1ee5ddef1056937f8c7d0062ded8ee5c830d3235c111c4dd63119bd515f624646117bc4ea6976c4b47294a4e20485101c8248531c1cd6801f4f216a8df99767d84fe6753aefa885dbac162f863f528ceb36115f31aa3377011c0d4f51a5e0cb091576eaa21728d47ea6637f81f486d7b8bf8a9598c2d31ebd991ba2df75aeabd0da93f98257ae2aee8d6e6ed88e6fcf8fc8e38e701c5b0cf4a02e3b3ff1732fa2bbf4fe2394d3c46ac1f6cbd089598dd74e8e5f0102f35f00322b8ff63f531c9f407966fca984e8470c0b89e727dc026e14ecd62801c40f574226aeacadf785a14ff47435fa91e4082d28f61e6ca60d16aa5903e3ef629b5e920a7017dab6dbca20961c8a03f99fa2ad051e2ed9e19ad14e8e9b2922dd43797e2fcd24c963827617cdce5a14014ea5af93e46190242697ea182ff72b0479d09e298413df06c60b6f56e22c4b237c9a682d01e03230c84d0149a6e704c22ad5f923d87025bd3f3352a2a0c2f4703c9d10d845d00be55597465b12d0fd0c80135d25777b7dc170f1990a4537756b084a4fe6ec946b362f73995a86fd753dc5d17f1a05ec70a771db4dbd3e928f645a5202912c0eacabf5f3e2449ea4672fe6f538157d383a0a40cd84d5bcce99b5238dae37cfa07311b47f441402c24a70a2da7023adce7a7095246ec0acdd4f44cee56e1dd349c99353b35e7f058a490a5776c828a78a8c74be2917b3f4d925391c74386570bb20504ca07655d9613068a6ae382998c6107b89a079db6a42a6cb1140f2292b1d29cc813571aa8b5b0281ad99a61d6417c714dc35362d500bc5c3e69d5d95f7693801bd976af94a536e33aeab150cb5d2fcf0bf609426936548d3060351eddea4653ca31b1d0bed3479c2d8d2bb05a772552bde1aeca89e8562941bad0c0046da3e1ad46b1783ae34e05c2627b7222e2f3bc4dcec4275d26f99edb2f2bdb96721c4be2736bca2e19e05c8c6cbe801693e6e0a0ed4ae486d22a84d5f36f7c7ac6c4ab161750cce408dc6d85ba2902dd7278a597351e158c42fc05ef616eb37c4749b713585d5e0e37ada091913c1138a7baad9fe0adbc5e15a05afd9f9ab81adcde6632dbd1c6e625ad1a44e7c5927449334c2bd4916af3126cb62f1f65f8e59442723209956190f1b1e12295f06082d5c05f010ddd7c7860ff0842e0dd5f543c66c54a99cc2357ae8fbfc4f97970e58d85893bc856ef746224ec8f775019bbc7a2b128734bbb2ad782998929cd419e615561f2fccfefc5e7bd8a91d0eec064f13efa39f4752c38414c914af7b5806b0079dcff25e7a4f14cbe0ed7211580ba9fade52413dfd97fadc912490b49d1cad166c3863436fb3005fe9d47ebd6d8190b12a6b2ed5f0eb938dc5c9a570d000373c8d89f94b7ec87ca7c5e405246bd56b7543879266bb16993a410835bc870b5ce685b104977696dfc5023580345a3dc8c3ab1c9bc451e1162561e0be20532940a7fdcf1004beeb5eaa033014c933fcda85ff801bcdd6d65593946125b9530c194b50d092ecd9a8afb7ee4602ff9ae4d390d28d65c938bc3ee08b2840a3fa0caebb769b00ca8bb25621a62869ae11f2c69136555a4369de5de51159d521f80cf3f5150ce1725ee5d4c31c962e728d34735a95f3e46dc37f42ea79b067f4ed2ef94a7f698e00d7e534a59ee6c55b0391bb6342f121d3ae61abf3451171b9b72596cea8f3d3be305178f1131b3d0004217846b09eeb2a4ea2d5e3e2f86af2ff0ffd09263a4c0040581a28cd752d73abce7eb1b7e28fea49fc4b2e25b86290760b7ab851fcd83492a436725c15ea60b9b496786a656572acdc98a1a5486cd8390057e2cab9000c8c2c72ac0945ce8ec6ef062dfed248ac4e11843fce99c47d1220d795b787d04ba638aebb728c9dc0fe4693affa15933addb47ec94fc820cea70fa35cec60bd5f5c96e39889ccc508e3bff3434c69934c1d442739d46d20a461198ab5ed78a09c50ebe7011c5a1422c331d21805dd382ff3e9fff30aaf97ea572479cdff07acb7a61b185d125fe98cbaf96d63c8f6a4a67a5fae4fa082884b74231dffb273a36b5505f6b97fce8b215b13845f51e34ca519025c37dac74e6b3c0b4e6584bff8c2ef606ca396f8c71de75ff943351dbf3f8407bb06f93e55e226011189898119688cc6d8c088e1300e30734107dcc6c0866c42b40316e619d96217cd979367205c7d09bdaabaa81ebb4e31993eacff14dbbd001ee80f42281d4d00f7a32685178282bc522d621cfd3c089fdd9c11e76ede52987c1e6690f2d7d904f8c40a97e28dc76270ade0e61860b18ada2e01466d08a7eee7ddf1cb77fefa1a85ca1e8641b5cd585c41276374daf325f11de38721df3973be90801fbebe9b18a54a7a63cae9fdc3a9969abec2d9bbaf97d9ae99896f1610751c7a129b48f50e3ee5f81508929b701f6a244631ce4e8a25c02832f9ae85770bbe9c7a0406301f09078f3dab46bb46c659dadb53f98c4586ec718509f222ca9f849455ecc1192d30f138068689d3c5bf330c551f5e552911bb5567048621c540aa4ada7fbe6609168af78f1adf4d69e108f7b509c43dafd108c5d87a2421fc7dea574aac44b12f19a431d8d03fbba2da044961c6d6920e5340ac32314f025b66db1acfe82c9804a17fc8d6a57395a5495ed1ded8a06ea45624cd1b85e3cf9c30c841cc7a6c070b1b503a4d99389d807a7cd8cb1e1c7b87881512d04251ba0f9b26668511c8b31a27def64d35b0dc44a00b12d42fa969228082a97e06ed7c85fec0df35106b6a0da359b25a62ac7c80aeff176e3c2a24f34978042ebc131e0579134bf621a5bc2287ba9daf1365ce1ed2f9599fe95e4e19b5a6744c4cd89bd4a9f79ae45f68e521d1a8123d862670919a26f54370d937ff96c87eb250ea9cb542b988becd5b1b163cd5792b124086b78d81e70bf8765d131f05c580fd845065c23491af2648a8099741234d38e4e41b57764791d6fea6e522fc1773cef3bef7e98484327e04cd0d1c1f6b8e9c21bcb44467c303c9c32ee5103f2bed5a5f82fe4fce6a5e5321cb2b46e9453ff8796197fcf96c5e6b89eaa03101fe1f9d025573433a215c14432d08fa33e2e1fd049d1bd92f5fe34e2098a0f56c99097e3f822fa3616fbfa18de106c6ff6719dfd6214dbe3e9d894fc40eddc710ea85d29b73c5c0f0bbe7689d5a27a5642213df899e80b1365afd1ab8facf86fecb094277d74594384b3fe02eeb21f5c7afcbbf04ac234adbb2edadb98ab1ceda1fda0e33858f2cf226b1cb751008173628fb47ce14a39d3b1c5a861e03bc76e4f677014fc8d0942b74eea4b81512575f8647b44d45e415c0c27edb5261640f50ab9cea63690ba60ddbcb9446ac241f071e842262bd502aadbde4e0b3da3b78e6315ded09d262c95f747d1e69c30259650661345bbb098aaaaf58071b5e059731542b79f0e840e782a1b0d7c1e810e5ea58bb155ad798c9fc610ed9513e72df5199e086f0325b0e383123e3e14f2cb28f0c40f214ed89865255100264cf118e48e1b5c9556476560fe4015a9fb72b8c2245518ea18766d1c1f7c9cde2dd3520a7eb5a625496d58084bcd62f0853210c52aace3329946c769c65dca979b4fd94a3f027f32d2e2958c646e6a03c3a2acd7e1455ec1ba3c84ebf2bbf2d86ddaf8a12f41b3ed6f4e5ff98bca1ff4d1b0b1a814a47a81eb8464f6bafe31b8b055166e9b871caf5146f999de1316985090c105801d7a64eda3f382f2d225241643e2c2a9007301308322b97c7ddcc5d4026aa5f6576056daf7ae8ae3c87f386700a4e26de68ec1dadfb4926eadf98afa91a4f0c78d571788fb494cc0797f03a44912c9b77c49274f66e91e71fe25109f2134e5d6245f3a0d6a1ec5a69a2291d66add1d327a16a5f4e8639b492b8f7515511e6ff9bf1fcdb770e96a61a4357bcafeea13b9bdfdf09e738385a36258d5224198b03795e8c98fc132335ed964ddebcbf1741c20cd9b10963e4b1b6a53e12a227b4e6922a47ddd107c752d83ffd27eeff76b62e7232dfdfa9e9b977bb8d2b842ec91c78804ce2f0a13cfba2b164db3866beb7720f7252e908eb00966cae26682488229bbff9d6b36f83b38d4e5372667b52ee88f727e9a715fefb6dbcdf2d5305ebde6c2e83d81fe05780b19506e18e93ee5e01536d77460dcdf7d1f34eb1ed1cd8a0cb5dc6e2b67fc32be19aef22ce977ff484f2188e603bda24ea8dc1da4d085135e4a7a89dcdfd03d78e753a1da01847553706a58c9f2c668fe318050a491702b88e6d0a6c810326e56a58847cc8065ebb21f3a74466cb1983c00b0a8cf32218bcb2b68aa0373fb76c33ca3f2c09f01a0d3effc0a0897b0174f4f30764002ee1d3c964dddfff94daec6e0e02b604903be97047800cc68201428cd60241820149d8755657a3e81f783350bd1671eba5c066866e118781f3d707450e773bda033818acbeebada683b755443046de5f65a51be2caac0bb8a1a111dab2bf228310243f1cf06a2eb5d5701347b2e7ad9c088b3bf73dd8799337407c242cc8070e24aa143d475c356688ee0bc6e30e6e0b72587b88525fbbea1f1ac43dad42568f04712cd64dcf3358e37b00bddad2a3c6e77dba77d0b19b8187e7471f1c0fabe422123070ab73aef7fd56d8f297599fc7078a741cdb0014a72efe31811c75631824a7c252fab1d28fe5cf3754dbcc02066f2054de39a0f2767579f675e52bd7fc09f3fd4c5e51db1531146097185d641cb1b497c96a51d7bd10313cd9e0d7bcaf1a1a52585439d7c78751de23cbb26dcd90faf9306da8b7555206b9333b036130046958b4c608468677dbc3f0833a8d5f440417d5680a2ad23bb0331b9709a67721231b60ee1fce7c57226a45d4366feac2bddeb63b667dc347031efe3cddf15a1e8c25cc2b98496b73a89444a645202da791bb4bc768b82816f402e7f6fc68ec0d68bd594ad770fb7a82ba7905fea85c150b4b335b5000fe05aa9a0aca01b1f713c9ceeee08c137064fa514c154012813053ca329fa4c8da0805a428428a0ff723fad6a546ecbbbe75b25184154e6af39e7bcca2b0083b632d70fc1241f6b5a111ea79fb35b1a82c8bb6a9e1a17cc058975d8953279f362fc4c64944ea6c0b3d30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220f0b56d579f6879dc2ab844f69237b9eaad6b518f34c681b31cc988d60659f09c64736f6c634300081e0033",
}

// Poseidon2HarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use Poseidon2HarnessMetaData.ABI instead.
var Poseidon2HarnessABI = Poseidon2HarnessMetaData.ABI

// Poseidon2HarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use Poseidon2HarnessMetaData.Bin instead.
var Poseidon2HarnessBin = Poseidon2HarnessMetaData.Bin

// DeployPoseidon2Harness deploys a new Ethereum contract, binding an instance of Poseidon2Harness to it.
func DeployPoseidon2Harness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *Poseidon2Harness, error) {
	parsed, err := Poseidon2HarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(Poseidon2HarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Poseidon2Harness{Poseidon2HarnessCaller: Poseidon2HarnessCaller{contract: contract}, Poseidon2HarnessTransactor: Poseidon2HarnessTransactor{contract: contract}, Poseidon2HarnessFilterer: Poseidon2HarnessFilterer{contract: contract}}, nil
}

// Poseidon2Harness is an auto generated Go binding around an Ethereum contract.
type Poseidon2Harness struct {
	Poseidon2HarnessCaller     // Read-only binding to the contract
	Poseidon2HarnessTransactor // Write-only binding to the contract
	Poseidon2HarnessFilterer   // Log filterer for contract events
}

// Poseidon2HarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type Poseidon2HarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Poseidon2HarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type Poseidon2HarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Poseidon2HarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type Poseidon2HarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Poseidon2HarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type Poseidon2HarnessSession struct {
	Contract     *Poseidon2Harness // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// Poseidon2HarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type Poseidon2HarnessCallerSession struct {
	Contract *Poseidon2HarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// Poseidon2HarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type Poseidon2HarnessTransactorSession struct {
	Contract     *Poseidon2HarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// Poseidon2HarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type Poseidon2HarnessRaw struct {
	Contract *Poseidon2Harness // Generic contract binding to access the raw methods on
}

// Poseidon2HarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type Poseidon2HarnessCallerRaw struct {
	Contract *Poseidon2HarnessCaller // Generic read-only contract binding to access the raw methods on
}

// Poseidon2HarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type Poseidon2HarnessTransactorRaw struct {
	Contract *Poseidon2HarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPoseidon2Harness creates a new instance of Poseidon2Harness, bound to a specific deployed contract.
func NewPoseidon2Harness(address common.Address, backend bind.ContractBackend) (*Poseidon2Harness, error) {
	contract, err := bindPoseidon2Harness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Poseidon2Harness{Poseidon2HarnessCaller: Poseidon2HarnessCaller{contract: contract}, Poseidon2HarnessTransactor: Poseidon2HarnessTransactor{contract: contract}, Poseidon2HarnessFilterer: Poseidon2HarnessFilterer{contract: contract}}, nil
}

// NewPoseidon2HarnessCaller creates a new read-only instance of Poseidon2Harness, bound to a specific deployed contract.
func NewPoseidon2HarnessCaller(address common.Address, caller bind.ContractCaller) (*Poseidon2HarnessCaller, error) {
	contract, err := bindPoseidon2Harness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Poseidon2HarnessCaller{contract: contract}, nil
}

// NewPoseidon2HarnessTransactor creates a new write-only instance of Poseidon2Harness, bound to a specific deployed contract.
func NewPoseidon2HarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*Poseidon2HarnessTransactor, error) {
	contract, err := bindPoseidon2Harness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &Poseidon2HarnessTransactor{contract: contract}, nil
}

// NewPoseidon2HarnessFilterer creates a new log filterer instance of Poseidon2Harness, bound to a specific deployed contract.
func NewPoseidon2HarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*Poseidon2HarnessFilterer, error) {
	contract, err := bindPoseidon2Harness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &Poseidon2HarnessFilterer{contract: contract}, nil
}

// bindPoseidon2Harness binds a generic wrapper to an already deployed contract.
func bindPoseidon2Harness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := Poseidon2HarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Poseidon2Harness *Poseidon2HarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Poseidon2Harness.Contract.Poseidon2HarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Poseidon2Harness *Poseidon2HarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Poseidon2Harness.Contract.Poseidon2HarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Poseidon2Harness *Poseidon2HarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Poseidon2Harness.Contract.Poseidon2HarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Poseidon2Harness *Poseidon2HarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Poseidon2Harness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Poseidon2Harness *Poseidon2HarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Poseidon2Harness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Poseidon2Harness *Poseidon2HarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Poseidon2Harness.Contract.contract.Transact(opts, method, params...)
}

// Hash is a free data retrieval call binding the contract method 0x9a63c37c.
//
// Solidity: function hash(uint256 domain, uint256[] xs) pure returns(uint256)
func (_Poseidon2Harness *Poseidon2HarnessCaller) Hash(opts *bind.CallOpts, domain *big.Int, xs []*big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Poseidon2Harness.contract.Call(opts, &out, "hash", domain, xs)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Hash is a free data retrieval call binding the contract method 0x9a63c37c.
//
// Solidity: function hash(uint256 domain, uint256[] xs) pure returns(uint256)
func (_Poseidon2Harness *Poseidon2HarnessSession) Hash(domain *big.Int, xs []*big.Int) (*big.Int, error) {
	return _Poseidon2Harness.Contract.Hash(&_Poseidon2Harness.CallOpts, domain, xs)
}

// Hash is a free data retrieval call binding the contract method 0x9a63c37c.
//
// Solidity: function hash(uint256 domain, uint256[] xs) pure returns(uint256)
func (_Poseidon2Harness *Poseidon2HarnessCallerSession) Hash(domain *big.Int, xs []*big.Int) (*big.Int, error) {
	return _Poseidon2Harness.Contract.Hash(&_Poseidon2Harness.CallOpts, domain, xs)
}

// HashGas is a free data retrieval call binding the contract method 0xda9aa203.
//
// Solidity: function hashGas(uint256 domain, uint256[] xs) view returns(uint256 h, uint256 gasUsed)
func (_Poseidon2Harness *Poseidon2HarnessCaller) HashGas(opts *bind.CallOpts, domain *big.Int, xs []*big.Int) (struct {
	H       *big.Int
	GasUsed *big.Int
}, error) {
	var out []interface{}
	err := _Poseidon2Harness.contract.Call(opts, &out, "hashGas", domain, xs)

	outstruct := new(struct {
		H       *big.Int
		GasUsed *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.H = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.GasUsed = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// HashGas is a free data retrieval call binding the contract method 0xda9aa203.
//
// Solidity: function hashGas(uint256 domain, uint256[] xs) view returns(uint256 h, uint256 gasUsed)
func (_Poseidon2Harness *Poseidon2HarnessSession) HashGas(domain *big.Int, xs []*big.Int) (struct {
	H       *big.Int
	GasUsed *big.Int
}, error) {
	return _Poseidon2Harness.Contract.HashGas(&_Poseidon2Harness.CallOpts, domain, xs)
}

// HashGas is a free data retrieval call binding the contract method 0xda9aa203.
//
// Solidity: function hashGas(uint256 domain, uint256[] xs) view returns(uint256 h, uint256 gasUsed)
func (_Poseidon2Harness *Poseidon2HarnessCallerSession) HashGas(domain *big.Int, xs []*big.Int) (struct {
	H       *big.Int
	GasUsed *big.Int
}, error) {
	return _Poseidon2Harness.Contract.HashGas(&_Poseidon2Harness.CallOpts, domain, xs)
}

// TimestampVotesTokenMetaData contains all meta data concerning the TimestampVotesToken contract.
var TimestampVotesTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increasedSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20ExceededSafeSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"clock\",\"type\":\"uint48\"}],\"name\":\"ERC5805FutureLookup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"VotesExpiredSignature\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromDelegate\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toDelegate\",\"type\":\"address\"}],\"name\":\"DelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousVotes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotes\",\"type\":\"uint256\"}],\"name\":\"DelegateVotesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"pos\",\"type\":\"uint32\"}],\"name\":\"checkpoints\",\"outputs\":[{\"components\":[{\"internalType\":\"uint48\",\"name\":\"_key\",\"type\":\"uint48\"},{\"internalType\":\"uint208\",\"name\":\"_value\",\"type\":\"uint208\"}],\"internalType\":\"structCheckpoints.Checkpoint208\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"delegateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161221038038061221083398101604081905261002f9161028d565b8181338280604051806040016040528060018152602001603160f81b8152508585816003908161005f9190610376565b50600461006c8282610376565b50505061007e8261016260201b60201c565b6101205261008b81610162565b61014052815160208084019190912060e052815190820120610100524660a05261011760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b03811661014f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101588161019f565b5050505050610488565b5f5f829050601f8151111561018c578260405163305a27a960e01b81526004016101469190610430565b805161019782610465565b179392505050565b600b80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610213575f5ffd5b81516001600160401b0381111561022c5761022c6101f0565b604051601f8201601f19908116603f011681016001600160401b038111828210171561025a5761025a6101f0565b604052818152838201602001851015610271575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f6040838503121561029e575f5ffd5b82516001600160401b038111156102b3575f5ffd5b6102bf85828601610204565b602085015190935090506001600160401b038111156102dc575f5ffd5b6102e885828601610204565b9150509250929050565b600181811c9082168061030657607f821691505b60208210810361032457634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561037157805f5260205f20601f840160051c8101602085101561034f5750805b601f840160051c820191505b8181101561036e575f815560010161035b565b50505b505050565b81516001600160401b0381111561038f5761038f6101f0565b6103a38161039d84546102f2565b8461032a565b6020601f8211600181146103d5575f83156103be5750848201515b5f19600385901b1c1916600184901b17845561036e565b5f84815260208120601f198516915b8281101561040457878501518255602094850194600190920191016103e4565b508482101561042157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610324575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051611d376104d95f395f610d7501525f610d4a01525f610a9401525f610a6c01525f6109c701525f6109f101525f610a1b0152611d375ff3fe608060405234801561000f575f5ffd5b50600436106101a1575f3560e01c8063715018a6116100f35780639ab24eb011610093578063d505accf1161006e578063d505accf146103d4578063dd62ed3e146103e7578063f1127ed81461041f578063f2fde38b1461045e575f5ffd5b80639ab24eb01461039b578063a9059cbb146103ae578063c3cda520146103c1575f5ffd5b80638da5cb5b116100ce5780638da5cb5b146103505780638e539e8c1461036157806391ddadf41461037457806395d89b4114610393575f5ffd5b8063715018a61461031a5780637ecebe001461032257806384b0196e14610335575f5ffd5b80633a46b1a81161015e578063587cde1e11610139578063587cde1e146102745780635c19a95c146102b75780636fcfff45146102ca57806370a08231146102f2575f5ffd5b80633a46b1a81461022257806340c10f19146102355780634bf5d7e91461024a575f5ffd5b806306fdde03146101a5578063095ea7b3146101c357806318160ddd146101e657806323b872dd146101f8578063313ce5671461020b5780633644e5151461021a575b5f5ffd5b6101ad610471565b6040516101ba9190611988565b60405180910390f35b6101d66101d13660046119b5565b610501565b60405190151581526020016101ba565b6002545b6040519081526020016101ba565b6101d66102063660046119dd565b61051a565b604051601281526020016101ba565b6101ea61053d565b6101ea6102303660046119b5565b61054b565b6102486102433660046119b5565b610585565b005b60408051808201909152600e81526d06d6f64653d74696d657374616d760941b60208201526101ad565b61029f610282366004611a17565b6001600160a01b039081165f908152600860205260409020541690565b6040516001600160a01b0390911681526020016101ba565b6102486102c5366004611a17565b61059b565b6102dd6102d8366004611a17565b6105a6565b60405163ffffffff90911681526020016101ba565b6101ea610300366004611a17565b6001600160a01b03165f9081526020819052604090205490565b6102486105b0565b6101ea610330366004611a17565b6105c3565b61033d6105cd565b6040516101ba9796959493929190611a30565b600b546001600160a01b031661029f565b6101ea61036f366004611ac6565b61060f565b61037c610633565b60405165ffffffffffff90911681526020016101ba565b6101ad61063c565b6101ea6103a9366004611a17565b61064b565b6101d66103bc3660046119b5565b61066b565b6102486103cf366004611aed565b610678565b6102486103e2366004611b41565b610739565b6101ea6103f5366004611ba7565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61043261042d366004611bd8565b61086f565b60408051825165ffffffffffff1681526020928301516001600160d01b031692810192909252016101ba565b61024861046c366004611a17565b610893565b60606003805461048090611c15565b80601f01602080910402602001604051908101604052809291908181526020018280546104ac90611c15565b80156104f75780601f106104ce576101008083540402835291602001916104f7565b820191905f5260205f20905b8154815290600101906020018083116104da57829003601f168201915b5050505050905090565b5f3361050e8185856108d0565b60019150505b92915050565b5f336105278582856108e2565b61053285858561095e565b506001949350505050565b5f6105466109bb565b905090565b5f61057561055883610ae4565b6001600160a01b0385165f90815260096020526040902090610b32565b6001600160d01b03169392505050565b61058d610be2565b6105978282610c0f565b5050565b336105978183610c43565b5f61051482610cb4565b6105b8610be2565b6105c15f610cd5565b565b5f61051482610d26565b5f6060805f5f5f60606105de610d43565b6105e6610d6e565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61062461061c83610ae4565b600a90610b32565b6001600160d01b031692915050565b5f610546610d99565b60606004805461048090611c15565b6001600160a01b0381165f90815260096020526040812061062490610da3565b5f3361050e81858561095e565b834211156106a157604051632341d78760e11b8152600481018590526024015b60405180910390fd5b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f9061071a906107129060a00160405160208183030381529060405280519060200120610dda565b858585610e06565b90506107268187610e32565b6107308188610c43565b50505050505050565b8342111561075d5760405163313c898160e11b815260048101859052602401610698565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886107a88c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61080282610dda565b90505f61081182878787610e06565b9050896001600160a01b0316816001600160a01b031614610858576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610698565b6108638a8a8a6108d0565b50505050505050505050565b604080518082019091525f808252602082015261088c8383610e84565b9392505050565b61089b610be2565b6001600160a01b0381166108c457604051631e4fbdf760e01b81525f6004820152602401610698565b6108cd81610cd5565b50565b6108dd8383836001610eb8565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610958578181101561094a57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610698565b61095884848484035f610eb8565b50505050565b6001600160a01b03831661098757604051634b637e8f60e11b81525f6004820152602401610698565b6001600160a01b0382166109b05760405163ec442f0560e01b81525f6004820152602401610698565b6108dd838383610f8a565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610a1357507f000000000000000000000000000000000000000000000000000000000000000046145b15610a3d57507f000000000000000000000000000000000000000000000000000000000000000090565b610546604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f610aee610633565b90508065ffffffffffff168310610b2957604051637669fc0f60e11b81526004810184905265ffffffffffff82166024820152604401610698565b61088c83610f95565b81545f9081816005811115610b8e575f610b4b84610fcb565b610b559085611c61565b5f8881526020902090915081015465ffffffffffff9081169087161015610b7e57809150610b8c565b610b89816001611c74565b92505b505b5f610b9b87878585611123565b90508015610bd557610bbf87610bb2600184611c61565b5f91825260209091200190565b54600160301b90046001600160d01b0316610bd7565b5f5b979650505050505050565b600b546001600160a01b031633146105c15760405163118cdaa760e01b8152336004820152602401610698565b6001600160a01b038216610c385760405163ec442f0560e01b81525f6004820152602401610698565b6105975f8383610f8a565b6001600160a01b038281165f8181526008602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46108dd8183610caf86611179565b611196565b6001600160a01b0381165f90815260096020526040812054610514906112ff565b600b80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381165f90815260076020526040812054610514565b60606105467f000000000000000000000000000000000000000000000000000000000000000061132f565b60606105467f000000000000000000000000000000000000000000000000000000000000000061132f565b5f61054642610f95565b80545f908015610dd257610dbc83610bb2600184611c61565b54600160301b90046001600160d01b031661088c565b5f9392505050565b5f610514610de66109bb565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610e168888888861136c565b925092509250610e268282611434565b50909695505050505050565b6001600160a01b0382165f9081526007602052604090208054600181019091558181146108dd576040516301d4b62360e61b81526001600160a01b038416600482015260248101829052604401610698565b604080518082019091525f80825260208201526001600160a01b0383165f90815260096020526040902061088c90836114ec565b6001600160a01b038416610ee15760405163e602df0560e01b81525f6004820152602401610698565b6001600160a01b038316610f0a57604051634a1406b160e11b81525f6004820152602401610698565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561095857826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610f7c91815260200190565b60405180910390a350505050565b6108dd838383611559565b5f65ffffffffffff821115610fc7576040516306dfcc6560e41b81526030600482015260248101839052604401610698565b5090565b5f60018211610fd8575090565b816001600160801b8210610ff15760809190911c9060401b5b68010000000000000000821061100c5760409190911c9060201b5b64010000000082106110235760209190911c9060101b5b6201000082106110385760109190911c9060081b5b610100821061104c5760089190911c9060041b5b6010821061105f5760049190911c9060021b5b6004821061106b5760011b5b600302600190811c9081858161108357611083611c87565b048201901c9050600181858161109b5761109b611c87565b048201901c905060018185816110b3576110b3611c87565b048201901c905060018185816110cb576110cb611c87565b048201901c905060018185816110e3576110e3611c87565b048201901c905060018185816110fb576110fb611c87565b048201901c905061111a81858161111457611114611c87565b04821190565b90039392505050565b5f5b81831015611171575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561115d5780925061116b565b611168816001611c74565b93505b50611125565b509392505050565b6001600160a01b0381165f90815260208190526040812054610514565b816001600160a01b0316836001600160a01b0316141580156111b757505f81115b156108dd576001600160a01b0383161561125e576001600160a01b0383165f90815260096020526040812081906111f9906115bf6111f4866115ca565b6115fd565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051611253929190918252602082015260400190565b60405180910390a250505b6001600160a01b038216156108dd576001600160a01b0382165f9081526009602052604081208190611296906116356111f4866115ca565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516112f0929190918252602082015260400190565b60405180910390a25050505050565b5f63ffffffff821115610fc7576040516306dfcc6560e41b81526020600482015260248101839052604401610698565b60605f61133b83611640565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156113a557505f9150600390508261142a565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156113f6573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661142157505f92506001915082905061142a565b92505f91508190505b9450945094915050565b5f82600381111561144757611447611c9b565b03611450575050565b600182600381111561146457611464611c9b565b036114825760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561149657611496611c9b565b036114b75760405163fce698f760e01b815260048101829052602401610698565b60038260038111156114cb576114cb611c9b565b03610597576040516335e2f38360e21b815260048101829052602401610698565b604080518082019091525f8082526020820152825f018263ffffffff168154811061151957611519611caf565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b611564838383611667565b6001600160a01b0383166115b4575f61157c60025490565b90506001600160d01b03808211156115b157604051630e58ae9360e11b81526004810183905260248101829052604401610698565b50505b6108dd83838361178d565b5f61088c8284611cc3565b5f6001600160d01b03821115610fc7576040516306dfcc6560e41b815260d0600482015260248101839052604401610698565b5f5f61162861160a610633565b61162061161688610da3565b868863ffffffff16565b879190611802565b915091505b935093915050565b5f61088c8284611ce2565b5f60ff8216601f81111561051457604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b038316611691578060025f8282546116869190611c74565b909155506117019050565b6001600160a01b0383165f90815260208190526040902054818110156116e35760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610698565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661171d5760028054829003905561173b565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161178091815260200190565b60405180910390a3505050565b6001600160a01b0383166117af576117ac600a6116356111f4846115ca565b50505b6001600160a01b0382166117d1576117ce600a6115bf6111f4846115ca565b50505b6001600160a01b038381165f908152600860205260408082205485841683529120546108dd92918216911683611196565b5f8061162885858582545f9081908015611900575f61182687610bb2600185611c61565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561186957604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036118a257825465ffffffffffff16600160301b6001600160d01b038916021783556118f2565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061162d92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b02919093161792019190915590508161162d565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61088c602083018461195a565b80356001600160a01b03811681146119b0575f5ffd5b919050565b5f5f604083850312156119c6575f5ffd5b6119cf8361199a565b946020939093013593505050565b5f5f5f606084860312156119ef575f5ffd5b6119f88461199a565b9250611a066020850161199a565b929592945050506040919091013590565b5f60208284031215611a27575f5ffd5b61088c8261199a565b60ff60f81b8816815260e060208201525f611a4e60e083018961195a565b8281036040840152611a60818961195a565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611ab5578351835260209384019390920191600101611a97565b50909b9a5050505050505050505050565b5f60208284031215611ad6575f5ffd5b5035919050565b803560ff811681146119b0575f5ffd5b5f5f5f5f5f5f60c08789031215611b02575f5ffd5b611b0b8761199a565b95506020870135945060408701359350611b2760608801611add565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a031215611b57575f5ffd5b611b608861199a565b9650611b6e6020890161199a565b95506040880135945060608801359350611b8a60808901611add565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611bb8575f5ffd5b611bc18361199a565b9150611bcf6020840161199a565b90509250929050565b5f5f60408385031215611be9575f5ffd5b611bf28361199a565b9150602083013563ffffffff81168114611c0a575f5ffd5b809150509250929050565b600181811c90821680611c2957607f821691505b602082108103611c4757634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561051457610514611c4d565b8082018082111561051457610514611c4d565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b6001600160d01b03828116828216039081111561051457610514611c4d565b6001600160d01b03818116838216019081111561051457610514611c4d56fea26469706673582212201631da11d6a3ffbb04238bbd552ceed3db69d34e82e6c3a57815c6ea1ca8156b64736f6c634300081e0033",
}

// TimestampVotesTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use TimestampVotesTokenMetaData.ABI instead.
var TimestampVotesTokenABI = TimestampVotesTokenMetaData.ABI

// TimestampVotesTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TimestampVotesTokenMetaData.Bin instead.
var TimestampVotesTokenBin = TimestampVotesTokenMetaData.Bin

// DeployTimestampVotesToken deploys a new Ethereum contract, binding an instance of TimestampVotesToken to it.
func DeployTimestampVotesToken(auth *bind.TransactOpts, backend bind.ContractBackend, name_ string, symbol_ string) (common.Address, *types.Transaction, *TimestampVotesToken, error) {
	parsed, err := TimestampVotesTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TimestampVotesTokenBin), backend, name_, symbol_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TimestampVotesToken{TimestampVotesTokenCaller: TimestampVotesTokenCaller{contract: contract}, TimestampVotesTokenTransactor: TimestampVotesTokenTransactor{contract: contract}, TimestampVotesTokenFilterer: TimestampVotesTokenFilterer{contract: contract}}, nil
}

// TimestampVotesToken is an auto generated Go binding around an Ethereum contract.
type TimestampVotesToken struct {
	TimestampVotesTokenCaller     // Read-only binding to the contract
	TimestampVotesTokenTransactor // Write-only binding to the contract
	TimestampVotesTokenFilterer   // Log filterer for contract events
}

// TimestampVotesTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type TimestampVotesTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TimestampVotesTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TimestampVotesTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TimestampVotesTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TimestampVotesTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TimestampVotesTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TimestampVotesTokenSession struct {
	Contract     *TimestampVotesToken // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// TimestampVotesTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TimestampVotesTokenCallerSession struct {
	Contract *TimestampVotesTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// TimestampVotesTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TimestampVotesTokenTransactorSession struct {
	Contract     *TimestampVotesTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// TimestampVotesTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type TimestampVotesTokenRaw struct {
	Contract *TimestampVotesToken // Generic contract binding to access the raw methods on
}

// TimestampVotesTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TimestampVotesTokenCallerRaw struct {
	Contract *TimestampVotesTokenCaller // Generic read-only contract binding to access the raw methods on
}

// TimestampVotesTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TimestampVotesTokenTransactorRaw struct {
	Contract *TimestampVotesTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTimestampVotesToken creates a new instance of TimestampVotesToken, bound to a specific deployed contract.
func NewTimestampVotesToken(address common.Address, backend bind.ContractBackend) (*TimestampVotesToken, error) {
	contract, err := bindTimestampVotesToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TimestampVotesToken{TimestampVotesTokenCaller: TimestampVotesTokenCaller{contract: contract}, TimestampVotesTokenTransactor: TimestampVotesTokenTransactor{contract: contract}, TimestampVotesTokenFilterer: TimestampVotesTokenFilterer{contract: contract}}, nil
}

// NewTimestampVotesTokenCaller creates a new read-only instance of TimestampVotesToken, bound to a specific deployed contract.
func NewTimestampVotesTokenCaller(address common.Address, caller bind.ContractCaller) (*TimestampVotesTokenCaller, error) {
	contract, err := bindTimestampVotesToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TimestampVotesTokenCaller{contract: contract}, nil
}

// NewTimestampVotesTokenTransactor creates a new write-only instance of TimestampVotesToken, bound to a specific deployed contract.
func NewTimestampVotesTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*TimestampVotesTokenTransactor, error) {
	contract, err := bindTimestampVotesToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TimestampVotesTokenTransactor{contract: contract}, nil
}

// NewTimestampVotesTokenFilterer creates a new log filterer instance of TimestampVotesToken, bound to a specific deployed contract.
func NewTimestampVotesTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*TimestampVotesTokenFilterer, error) {
	contract, err := bindTimestampVotesToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TimestampVotesTokenFilterer{contract: contract}, nil
}

// bindTimestampVotesToken binds a generic wrapper to an already deployed contract.
func bindTimestampVotesToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TimestampVotesTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TimestampVotesToken *TimestampVotesTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TimestampVotesToken.Contract.TimestampVotesTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TimestampVotesToken *TimestampVotesTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.TimestampVotesTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TimestampVotesToken *TimestampVotesTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.TimestampVotesTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TimestampVotesToken *TimestampVotesTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TimestampVotesToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TimestampVotesToken *TimestampVotesTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TimestampVotesToken *TimestampVotesTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.contract.Transact(opts, method, params...)
}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (_TimestampVotesToken *TimestampVotesTokenCaller) CLOCKMODE(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "CLOCK_MODE")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (_TimestampVotesToken *TimestampVotesTokenSession) CLOCKMODE() (string, error) {
	return _TimestampVotesToken.Contract.CLOCKMODE(&_TimestampVotesToken.CallOpts)
}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) CLOCKMODE() (string, error) {
	return _TimestampVotesToken.Contract.CLOCKMODE(&_TimestampVotesToken.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_TimestampVotesToken *TimestampVotesTokenCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_TimestampVotesToken *TimestampVotesTokenSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _TimestampVotesToken.Contract.DOMAINSEPARATOR(&_TimestampVotesToken.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _TimestampVotesToken.Contract.DOMAINSEPARATOR(&_TimestampVotesToken.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _TimestampVotesToken.Contract.Allowance(&_TimestampVotesToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _TimestampVotesToken.Contract.Allowance(&_TimestampVotesToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _TimestampVotesToken.Contract.BalanceOf(&_TimestampVotesToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _TimestampVotesToken.Contract.BalanceOf(&_TimestampVotesToken.CallOpts, account)
}

// Checkpoints is a free data retrieval call binding the contract method 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (_TimestampVotesToken *TimestampVotesTokenCaller) Checkpoints(opts *bind.CallOpts, account common.Address, pos uint32) (CheckpointsCheckpoint208, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "checkpoints", account, pos)

	if err != nil {
		return *new(CheckpointsCheckpoint208), err
	}

	out0 := *abi.ConvertType(out[0], new(CheckpointsCheckpoint208)).(*CheckpointsCheckpoint208)

	return out0, err

}

// Checkpoints is a free data retrieval call binding the contract method 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (_TimestampVotesToken *TimestampVotesTokenSession) Checkpoints(account common.Address, pos uint32) (CheckpointsCheckpoint208, error) {
	return _TimestampVotesToken.Contract.Checkpoints(&_TimestampVotesToken.CallOpts, account, pos)
}

// Checkpoints is a free data retrieval call binding the contract method 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) Checkpoints(account common.Address, pos uint32) (CheckpointsCheckpoint208, error) {
	return _TimestampVotesToken.Contract.Checkpoints(&_TimestampVotesToken.CallOpts, account, pos)
}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_TimestampVotesToken *TimestampVotesTokenCaller) Clock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "clock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_TimestampVotesToken *TimestampVotesTokenSession) Clock() (*big.Int, error) {
	return _TimestampVotesToken.Contract.Clock(&_TimestampVotesToken.CallOpts)
}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) Clock() (*big.Int, error) {
	return _TimestampVotesToken.Contract.Clock(&_TimestampVotesToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TimestampVotesToken *TimestampVotesTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TimestampVotesToken *TimestampVotesTokenSession) Decimals() (uint8, error) {
	return _TimestampVotesToken.Contract.Decimals(&_TimestampVotesToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) Decimals() (uint8, error) {
	return _TimestampVotesToken.Contract.Decimals(&_TimestampVotesToken.CallOpts)
}

// Delegates is a free data retrieval call binding the contract method 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (_TimestampVotesToken *TimestampVotesTokenCaller) Delegates(opts *bind.CallOpts, account common.Address) (common.Address, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "delegates", account)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Delegates is a free data retrieval call binding the contract method 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (_TimestampVotesToken *TimestampVotesTokenSession) Delegates(account common.Address) (common.Address, error) {
	return _TimestampVotesToken.Contract.Delegates(&_TimestampVotesToken.CallOpts, account)
}

// Delegates is a free data retrieval call binding the contract method 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) Delegates(account common.Address) (common.Address, error) {
	return _TimestampVotesToken.Contract.Delegates(&_TimestampVotesToken.CallOpts, account)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_TimestampVotesToken *TimestampVotesTokenCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_TimestampVotesToken *TimestampVotesTokenSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _TimestampVotesToken.Contract.Eip712Domain(&_TimestampVotesToken.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _TimestampVotesToken.Contract.Eip712Domain(&_TimestampVotesToken.CallOpts)
}

// GetPastTotalSupply is a free data retrieval call binding the contract method 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCaller) GetPastTotalSupply(opts *bind.CallOpts, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "getPastTotalSupply", timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetPastTotalSupply is a free data retrieval call binding the contract method 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenSession) GetPastTotalSupply(timepoint *big.Int) (*big.Int, error) {
	return _TimestampVotesToken.Contract.GetPastTotalSupply(&_TimestampVotesToken.CallOpts, timepoint)
}

// GetPastTotalSupply is a free data retrieval call binding the contract method 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) GetPastTotalSupply(timepoint *big.Int) (*big.Int, error) {
	return _TimestampVotesToken.Contract.GetPastTotalSupply(&_TimestampVotesToken.CallOpts, timepoint)
}

// GetPastVotes is a free data retrieval call binding the contract method 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCaller) GetPastVotes(opts *bind.CallOpts, account common.Address, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "getPastVotes", account, timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetPastVotes is a free data retrieval call binding the contract method 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenSession) GetPastVotes(account common.Address, timepoint *big.Int) (*big.Int, error) {
	return _TimestampVotesToken.Contract.GetPastVotes(&_TimestampVotesToken.CallOpts, account, timepoint)
}

// GetPastVotes is a free data retrieval call binding the contract method 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) GetPastVotes(account common.Address, timepoint *big.Int) (*big.Int, error) {
	return _TimestampVotesToken.Contract.GetPastVotes(&_TimestampVotesToken.CallOpts, account, timepoint)
}

// GetVotes is a free data retrieval call binding the contract method 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCaller) GetVotes(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "getVotes", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetVotes is a free data retrieval call binding the contract method 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenSession) GetVotes(account common.Address) (*big.Int, error) {
	return _TimestampVotesToken.Contract.GetVotes(&_TimestampVotesToken.CallOpts, account)
}

// GetVotes is a free data retrieval call binding the contract method 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) GetVotes(account common.Address) (*big.Int, error) {
	return _TimestampVotesToken.Contract.GetVotes(&_TimestampVotesToken.CallOpts, account)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TimestampVotesToken *TimestampVotesTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TimestampVotesToken *TimestampVotesTokenSession) Name() (string, error) {
	return _TimestampVotesToken.Contract.Name(&_TimestampVotesToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) Name() (string, error) {
	return _TimestampVotesToken.Contract.Name(&_TimestampVotesToken.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenSession) Nonces(owner common.Address) (*big.Int, error) {
	return _TimestampVotesToken.Contract.Nonces(&_TimestampVotesToken.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _TimestampVotesToken.Contract.Nonces(&_TimestampVotesToken.CallOpts, owner)
}

// NumCheckpoints is a free data retrieval call binding the contract method 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (_TimestampVotesToken *TimestampVotesTokenCaller) NumCheckpoints(opts *bind.CallOpts, account common.Address) (uint32, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "numCheckpoints", account)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// NumCheckpoints is a free data retrieval call binding the contract method 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (_TimestampVotesToken *TimestampVotesTokenSession) NumCheckpoints(account common.Address) (uint32, error) {
	return _TimestampVotesToken.Contract.NumCheckpoints(&_TimestampVotesToken.CallOpts, account)
}

// NumCheckpoints is a free data retrieval call binding the contract method 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) NumCheckpoints(account common.Address) (uint32, error) {
	return _TimestampVotesToken.Contract.NumCheckpoints(&_TimestampVotesToken.CallOpts, account)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_TimestampVotesToken *TimestampVotesTokenCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_TimestampVotesToken *TimestampVotesTokenSession) Owner() (common.Address, error) {
	return _TimestampVotesToken.Contract.Owner(&_TimestampVotesToken.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) Owner() (common.Address, error) {
	return _TimestampVotesToken.Contract.Owner(&_TimestampVotesToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TimestampVotesToken *TimestampVotesTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TimestampVotesToken *TimestampVotesTokenSession) Symbol() (string, error) {
	return _TimestampVotesToken.Contract.Symbol(&_TimestampVotesToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) Symbol() (string, error) {
	return _TimestampVotesToken.Contract.Symbol(&_TimestampVotesToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TimestampVotesToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenSession) TotalSupply() (*big.Int, error) {
	return _TimestampVotesToken.Contract.TotalSupply(&_TimestampVotesToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TimestampVotesToken *TimestampVotesTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _TimestampVotesToken.Contract.TotalSupply(&_TimestampVotesToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TimestampVotesToken *TimestampVotesTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TimestampVotesToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TimestampVotesToken *TimestampVotesTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.Approve(&_TimestampVotesToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TimestampVotesToken *TimestampVotesTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.Approve(&_TimestampVotesToken.TransactOpts, spender, value)
}

// Delegate is a paid mutator transaction binding the contract method 0x5c19a95c.
//
// Solidity: function delegate(address delegatee) returns()
func (_TimestampVotesToken *TimestampVotesTokenTransactor) Delegate(opts *bind.TransactOpts, delegatee common.Address) (*types.Transaction, error) {
	return _TimestampVotesToken.contract.Transact(opts, "delegate", delegatee)
}

// Delegate is a paid mutator transaction binding the contract method 0x5c19a95c.
//
// Solidity: function delegate(address delegatee) returns()
func (_TimestampVotesToken *TimestampVotesTokenSession) Delegate(delegatee common.Address) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.Delegate(&_TimestampVotesToken.TransactOpts, delegatee)
}

// Delegate is a paid mutator transaction binding the contract method 0x5c19a95c.
//
// Solidity: function delegate(address delegatee) returns()
func (_TimestampVotesToken *TimestampVotesTokenTransactorSession) Delegate(delegatee common.Address) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.Delegate(&_TimestampVotesToken.TransactOpts, delegatee)
}

// DelegateBySig is a paid mutator transaction binding the contract method 0xc3cda520.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (_TimestampVotesToken *TimestampVotesTokenTransactor) DelegateBySig(opts *bind.TransactOpts, delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _TimestampVotesToken.contract.Transact(opts, "delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// DelegateBySig is a paid mutator transaction binding the contract method 0xc3cda520.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (_TimestampVotesToken *TimestampVotesTokenSession) DelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.DelegateBySig(&_TimestampVotesToken.TransactOpts, delegatee, nonce, expiry, v, r, s)
}

// DelegateBySig is a paid mutator transaction binding the contract method 0xc3cda520.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (_TimestampVotesToken *TimestampVotesTokenTransactorSession) DelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.DelegateBySig(&_TimestampVotesToken.TransactOpts, delegatee, nonce, expiry, v, r, s)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_TimestampVotesToken *TimestampVotesTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TimestampVotesToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_TimestampVotesToken *TimestampVotesTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.Mint(&_TimestampVotesToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_TimestampVotesToken *TimestampVotesTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.Mint(&_TimestampVotesToken.TransactOpts, to, amount)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_TimestampVotesToken *TimestampVotesTokenTransactor) Permit(opts *bind.TransactOpts, owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _TimestampVotesToken.contract.Transact(opts, "permit", owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_TimestampVotesToken *TimestampVotesTokenSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.Permit(&_TimestampVotesToken.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_TimestampVotesToken *TimestampVotesTokenTransactorSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.Permit(&_TimestampVotesToken.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_TimestampVotesToken *TimestampVotesTokenTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TimestampVotesToken.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_TimestampVotesToken *TimestampVotesTokenSession) RenounceOwnership() (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.RenounceOwnership(&_TimestampVotesToken.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_TimestampVotesToken *TimestampVotesTokenTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.RenounceOwnership(&_TimestampVotesToken.TransactOpts)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TimestampVotesToken *TimestampVotesTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TimestampVotesToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TimestampVotesToken *TimestampVotesTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.Transfer(&_TimestampVotesToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TimestampVotesToken *TimestampVotesTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.Transfer(&_TimestampVotesToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TimestampVotesToken *TimestampVotesTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TimestampVotesToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TimestampVotesToken *TimestampVotesTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.TransferFrom(&_TimestampVotesToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TimestampVotesToken *TimestampVotesTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.TransferFrom(&_TimestampVotesToken.TransactOpts, from, to, value)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_TimestampVotesToken *TimestampVotesTokenTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _TimestampVotesToken.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_TimestampVotesToken *TimestampVotesTokenSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.TransferOwnership(&_TimestampVotesToken.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_TimestampVotesToken *TimestampVotesTokenTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _TimestampVotesToken.Contract.TransferOwnership(&_TimestampVotesToken.TransactOpts, newOwner)
}

// TimestampVotesTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the TimestampVotesToken contract.
type TimestampVotesTokenApprovalIterator struct {
	Event *TimestampVotesTokenApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TimestampVotesTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TimestampVotesTokenApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TimestampVotesTokenApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TimestampVotesTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TimestampVotesTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TimestampVotesTokenApproval represents a Approval event raised by the TimestampVotesToken contract.
type TimestampVotesTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*TimestampVotesTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _TimestampVotesToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &TimestampVotesTokenApprovalIterator{contract: _TimestampVotesToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *TimestampVotesTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _TimestampVotesToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TimestampVotesTokenApproval)
				if err := _TimestampVotesToken.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) ParseApproval(log types.Log) (*TimestampVotesTokenApproval, error) {
	event := new(TimestampVotesTokenApproval)
	if err := _TimestampVotesToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TimestampVotesTokenDelegateChangedIterator is returned from FilterDelegateChanged and is used to iterate over the raw logs and unpacked data for DelegateChanged events raised by the TimestampVotesToken contract.
type TimestampVotesTokenDelegateChangedIterator struct {
	Event *TimestampVotesTokenDelegateChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TimestampVotesTokenDelegateChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TimestampVotesTokenDelegateChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TimestampVotesTokenDelegateChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TimestampVotesTokenDelegateChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TimestampVotesTokenDelegateChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TimestampVotesTokenDelegateChanged represents a DelegateChanged event raised by the TimestampVotesToken contract.
type TimestampVotesTokenDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterDelegateChanged is a free log retrieval operation binding the contract event 0x3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) FilterDelegateChanged(opts *bind.FilterOpts, delegator []common.Address, fromDelegate []common.Address, toDelegate []common.Address) (*TimestampVotesTokenDelegateChangedIterator, error) {

	var delegatorRule []interface{}
	for _, delegatorItem := range delegator {
		delegatorRule = append(delegatorRule, delegatorItem)
	}
	var fromDelegateRule []interface{}
	for _, fromDelegateItem := range fromDelegate {
		fromDelegateRule = append(fromDelegateRule, fromDelegateItem)
	}
	var toDelegateRule []interface{}
	for _, toDelegateItem := range toDelegate {
		toDelegateRule = append(toDelegateRule, toDelegateItem)
	}

	logs, sub, err := _TimestampVotesToken.contract.FilterLogs(opts, "DelegateChanged", delegatorRule, fromDelegateRule, toDelegateRule)
	if err != nil {
		return nil, err
	}
	return &TimestampVotesTokenDelegateChangedIterator{contract: _TimestampVotesToken.contract, event: "DelegateChanged", logs: logs, sub: sub}, nil
}

// WatchDelegateChanged is a free log subscription operation binding the contract event 0x3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) WatchDelegateChanged(opts *bind.WatchOpts, sink chan<- *TimestampVotesTokenDelegateChanged, delegator []common.Address, fromDelegate []common.Address, toDelegate []common.Address) (event.Subscription, error) {

	var delegatorRule []interface{}
	for _, delegatorItem := range delegator {
		delegatorRule = append(delegatorRule, delegatorItem)
	}
	var fromDelegateRule []interface{}
	for _, fromDelegateItem := range fromDelegate {
		fromDelegateRule = append(fromDelegateRule, fromDelegateItem)
	}
	var toDelegateRule []interface{}
	for _, toDelegateItem := range toDelegate {
		toDelegateRule = append(toDelegateRule, toDelegateItem)
	}

	logs, sub, err := _TimestampVotesToken.contract.WatchLogs(opts, "DelegateChanged", delegatorRule, fromDelegateRule, toDelegateRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TimestampVotesTokenDelegateChanged)
				if err := _TimestampVotesToken.contract.UnpackLog(event, "DelegateChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDelegateChanged is a log parse operation binding the contract event 0x3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) ParseDelegateChanged(log types.Log) (*TimestampVotesTokenDelegateChanged, error) {
	event := new(TimestampVotesTokenDelegateChanged)
	if err := _TimestampVotesToken.contract.UnpackLog(event, "DelegateChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TimestampVotesTokenDelegateVotesChangedIterator is returned from FilterDelegateVotesChanged and is used to iterate over the raw logs and unpacked data for DelegateVotesChanged events raised by the TimestampVotesToken contract.
type TimestampVotesTokenDelegateVotesChangedIterator struct {
	Event *TimestampVotesTokenDelegateVotesChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TimestampVotesTokenDelegateVotesChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TimestampVotesTokenDelegateVotesChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TimestampVotesTokenDelegateVotesChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TimestampVotesTokenDelegateVotesChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TimestampVotesTokenDelegateVotesChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TimestampVotesTokenDelegateVotesChanged represents a DelegateVotesChanged event raised by the TimestampVotesToken contract.
type TimestampVotesTokenDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterDelegateVotesChanged is a free log retrieval operation binding the contract event 0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) FilterDelegateVotesChanged(opts *bind.FilterOpts, delegate []common.Address) (*TimestampVotesTokenDelegateVotesChangedIterator, error) {

	var delegateRule []interface{}
	for _, delegateItem := range delegate {
		delegateRule = append(delegateRule, delegateItem)
	}

	logs, sub, err := _TimestampVotesToken.contract.FilterLogs(opts, "DelegateVotesChanged", delegateRule)
	if err != nil {
		return nil, err
	}
	return &TimestampVotesTokenDelegateVotesChangedIterator{contract: _TimestampVotesToken.contract, event: "DelegateVotesChanged", logs: logs, sub: sub}, nil
}

// WatchDelegateVotesChanged is a free log subscription operation binding the contract event 0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) WatchDelegateVotesChanged(opts *bind.WatchOpts, sink chan<- *TimestampVotesTokenDelegateVotesChanged, delegate []common.Address) (event.Subscription, error) {

	var delegateRule []interface{}
	for _, delegateItem := range delegate {
		delegateRule = append(delegateRule, delegateItem)
	}

	logs, sub, err := _TimestampVotesToken.contract.WatchLogs(opts, "DelegateVotesChanged", delegateRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TimestampVotesTokenDelegateVotesChanged)
				if err := _TimestampVotesToken.contract.UnpackLog(event, "DelegateVotesChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDelegateVotesChanged is a log parse operation binding the contract event 0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) ParseDelegateVotesChanged(log types.Log) (*TimestampVotesTokenDelegateVotesChanged, error) {
	event := new(TimestampVotesTokenDelegateVotesChanged)
	if err := _TimestampVotesToken.contract.UnpackLog(event, "DelegateVotesChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TimestampVotesTokenEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the TimestampVotesToken contract.
type TimestampVotesTokenEIP712DomainChangedIterator struct {
	Event *TimestampVotesTokenEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TimestampVotesTokenEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TimestampVotesTokenEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TimestampVotesTokenEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TimestampVotesTokenEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TimestampVotesTokenEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TimestampVotesTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the TimestampVotesToken contract.
type TimestampVotesTokenEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_TimestampVotesToken *TimestampVotesTokenFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*TimestampVotesTokenEIP712DomainChangedIterator, error) {

	logs, sub, err := _TimestampVotesToken.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &TimestampVotesTokenEIP712DomainChangedIterator{contract: _TimestampVotesToken.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_TimestampVotesToken *TimestampVotesTokenFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *TimestampVotesTokenEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _TimestampVotesToken.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TimestampVotesTokenEIP712DomainChanged)
				if err := _TimestampVotesToken.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_TimestampVotesToken *TimestampVotesTokenFilterer) ParseEIP712DomainChanged(log types.Log) (*TimestampVotesTokenEIP712DomainChanged, error) {
	event := new(TimestampVotesTokenEIP712DomainChanged)
	if err := _TimestampVotesToken.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TimestampVotesTokenOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the TimestampVotesToken contract.
type TimestampVotesTokenOwnershipTransferredIterator struct {
	Event *TimestampVotesTokenOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TimestampVotesTokenOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TimestampVotesTokenOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TimestampVotesTokenOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TimestampVotesTokenOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TimestampVotesTokenOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TimestampVotesTokenOwnershipTransferred represents a OwnershipTransferred event raised by the TimestampVotesToken contract.
type TimestampVotesTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*TimestampVotesTokenOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _TimestampVotesToken.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &TimestampVotesTokenOwnershipTransferredIterator{contract: _TimestampVotesToken.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *TimestampVotesTokenOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _TimestampVotesToken.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TimestampVotesTokenOwnershipTransferred)
				if err := _TimestampVotesToken.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) ParseOwnershipTransferred(log types.Log) (*TimestampVotesTokenOwnershipTransferred, error) {
	event := new(TimestampVotesTokenOwnershipTransferred)
	if err := _TimestampVotesToken.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TimestampVotesTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the TimestampVotesToken contract.
type TimestampVotesTokenTransferIterator struct {
	Event *TimestampVotesTokenTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TimestampVotesTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TimestampVotesTokenTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TimestampVotesTokenTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TimestampVotesTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TimestampVotesTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TimestampVotesTokenTransfer represents a Transfer event raised by the TimestampVotesToken contract.
type TimestampVotesTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*TimestampVotesTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TimestampVotesToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &TimestampVotesTokenTransferIterator{contract: _TimestampVotesToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *TimestampVotesTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TimestampVotesToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TimestampVotesTokenTransfer)
				if err := _TimestampVotesToken.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TimestampVotesToken *TimestampVotesTokenFilterer) ParseTransfer(log types.Log) (*TimestampVotesTokenTransfer, error) {
	event := new(TimestampVotesTokenTransfer)
	if err := _TimestampVotesToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesNFTMetaData contains all meta data concerning the VotesNFT contract.
var VotesNFTMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"clock\",\"type\":\"uint48\"}],\"name\":\"ERC5805FutureLookup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"VotesExpiredSignature\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromDelegate\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toDelegate\",\"type\":\"address\"}],\"name\":\"DelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousVotes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotes\",\"type\":\"uint256\"}],\"name\":\"DelegateVotesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"delegateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161260438038061260483398101604081905261002f91610283565b6040805180820190915260018152603160f81b60208201523390839081845f610058838261036c565b506001610065828261036c565b5050506100778261015860201b60201c565b6101205261008481610158565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661014757604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61015081610195565b50505061047e565b5f5f829050601f81511115610182578260405163305a27a960e01b815260040161013e9190610426565b805161018d8261045b565b179392505050565b600c80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610209575f5ffd5b81516001600160401b03811115610222576102226101e6565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610250576102506101e6565b604052818152838201602001851015610267575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f60408385031215610294575f5ffd5b82516001600160401b038111156102a9575f5ffd5b6102b5858286016101fa565b602085015190935090506001600160401b038111156102d2575f5ffd5b6102de858286016101fa565b9150509250929050565b600181811c908216806102fc57607f821691505b60208210810361031a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561036757805f5260205f20601f840160051c810160208510156103455750805b601f840160051c820191505b81811015610364575f8155600101610351565b50505b505050565b81516001600160401b03811115610385576103856101e6565b6103998161039384546102e8565b84610320565b6020601f8211600181146103cb575f83156103b45750848201515b5f19600385901b1c1916600184901b178455610364565b5f84815260208120601f198516915b828110156103fa57878501518255602094850194600190920191016103da565b508482101561041757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561031a575f1960209190910360031b1b16919050565b60805160a05160c05160e0516101005161012051610140516121356104cf5f395f610bd801525f610bad01525f61156401525f61153c01525f61149701525f6114c101525f6114eb01526121355ff3fe608060405234801561000f575f5ffd5b50600436106101a1575f3560e01c8063715018a6116100f35780639ab24eb011610093578063c3cda5201161006e578063c3cda520146103b7578063c87b56dd146103ca578063e985e9c5146103dd578063f2fde38b146103f0575f5ffd5b80639ab24eb01461037e578063a22cb46514610391578063b88d4fde146103a4575f5ffd5b80638da5cb5b116100ce5780638da5cb5b146103335780638e539e8c1461034457806391ddadf41461035757806395d89b4114610376575f5ffd5b8063715018a6146102e85780637ecebe00146102f057806384b0196e14610318575f5ffd5b806340c10f191161015e578063587cde1e11610139578063587cde1e146102845780635c19a95c146102af5780636352211e146102c257806370a08231146102d5575f5ffd5b806340c10f191461025657806342842e0e146102695780634bf5d7e91461027c575f5ffd5b806301ffc9a7146101a557806306fdde03146101cd578063081812fc146101e2578063095ea7b31461020d57806323b872dd146102225780633a46b1a814610235575b5f5ffd5b6101b86101b3366004611c51565b610403565b60405190151581526020015b60405180910390f35b6101d5610454565b6040516101c49190611c9a565b6101f56101f0366004611cac565b6104e3565b6040516001600160a01b0390911681526020016101c4565b61022061021b366004611cde565b61050a565b005b610220610230366004611d06565b610519565b610248610243366004611cde565b6105a7565b6040519081526020016101c4565b610220610264366004611cde565b6105e1565b610220610277366004611d06565b6105f3565b6101d5610612565b6101f5610292366004611d40565b6001600160a01b039081165f908152600960205260409020541690565b6102206102bd366004611d40565b610624565b6101f56102d0366004611cac565b61062f565b6102486102e3366004611d40565b610639565b61022061067e565b6102486102fe366004611d40565b6001600160a01b03165f9081526008602052604090205490565b610320610691565b6040516101c49796959493929190611d59565b600c546001600160a01b03166101f5565b610248610352366004611cac565b6106d3565b61035f6106f7565b60405165ffffffffffff90911681526020016101c4565b6101d5610700565b61024861038c366004611d40565b61070f565b61022061039f366004611def565b61072f565b6102206103b2366004611e3c565b61073a565b6102206103c5366004611f19565b610752565b6101d56103d8366004611cac565b61080e565b6101b86103eb366004611f74565b61087f565b6102206103fe366004611d40565b6108ac565b5f6001600160e01b031982166380ac58cd60e01b148061043357506001600160e01b03198216635b5e139f60e01b145b8061044e57506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f805461046290611fa5565b80601f016020809104026020016040519081016040528092919081815260200182805461048e90611fa5565b80156104d95780601f106104b0576101008083540402835291602001916104d9565b820191905f5260205f20905b8154815290600101906020018083116104bc57829003601f168201915b5050505050905090565b5f6104ed826108e9565b505f828152600460205260409020546001600160a01b031661044e565b610515828233610921565b5050565b6001600160a01b03821661054757604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f61055383833361092e565b9050836001600160a01b0316816001600160a01b0316146105a1576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161053e565b50505050565b5f6105d16105b483610942565b6001600160a01b0385165f908152600a6020526040902090610990565b6001600160d01b03169392505050565b6105e9610a40565b6105158282610a6d565b61060d83838360405180602001604052805f81525061073a565b505050565b606061061f6106f7610ace565b905090565b336105158183610ae4565b5f61044e826108e9565b5f6001600160a01b038216610663576040516322718ad960e21b81525f600482015260240161053e565b506001600160a01b03165f9081526003602052604090205490565b610686610a40565b61068f5f610b55565b565b5f6060805f5f5f60606106a2610ba6565b6106aa610bd1565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6106e86106e083610942565b600b90610990565b6001600160d01b031692915050565b5f61061f610bfc565b60606001805461046290611fa5565b6001600160a01b0381165f908152600a602052604081206106e890610c06565b610515338383610c3d565b610745848484610519565b6105a13385858585610d04565b8342111561077657604051632341d78760e11b81526004810185905260240161053e565b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f906107ef906107e79060a00160405160208183030381529060405280519060200120610e2c565b858585610e58565b90506107fb8187610e84565b6108058188610ae4565b50505050505050565b6060610819826108e9565b505f61082f60408051602081019091525f815290565b90505f81511161084d5760405180602001604052805f815250610878565b8061085784610ed6565b604051602001610868929190611ff4565b6040516020818303038152906040525b9392505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b6108b4610a40565b6001600160a01b0381166108dd57604051631e4fbdf760e01b81525f600482015260240161053e565b6108e681610b55565b50565b5f818152600260205260408120546001600160a01b03168061044e57604051637e27328960e01b81526004810184905260240161053e565b61060d8383836001610f66565b5f61093a84848461106a565b949350505050565b5f5f61094c6106f7565b90508065ffffffffffff16831061098757604051637669fc0f60e11b81526004810184905265ffffffffffff8216602482015260440161053e565b61087883611085565b81545f90818160058111156109ec575f6109a9846110bb565b6109b3908561201c565b5f8881526020902090915081015465ffffffffffff90811690871610156109dc578091506109ea565b6109e781600161202f565b92505b505b5f6109f987878585611213565b90508015610a3357610a1d87610a1060018461201c565b5f91825260209091200190565b54600160301b90046001600160d01b0316610a35565b5f5b979650505050505050565b600c546001600160a01b0316331461068f5760405163118cdaa760e01b815233600482015260240161053e565b6001600160a01b038216610a9657604051633250574960e11b81525f600482015260240161053e565b5f610aa283835f61092e565b90506001600160a01b0381161561060d576040516339e3563760e11b81525f600482015260240161053e565b606061044e610adf8363ffffffff16565b611269565b6001600160a01b038281165f8181526009602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a461060d8183610b50866112db565b6112e5565b600c80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b606061061f7f000000000000000000000000000000000000000000000000000000000000000061144e565b606061061f7f000000000000000000000000000000000000000000000000000000000000000061144e565b5f61061f43611085565b80545f908015610c3557610c1f83610a1060018461201c565b54600160301b90046001600160d01b0316610878565b5f9392505050565b6001600160a01b038316610c665760405163a9fbf51f60e01b81525f600482015260240161053e565b6001600160a01b038216610c9857604051630b61174360e31b81526001600160a01b038316600482015260240161053e565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610e2557604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610d46908890889087908790600401612042565b6020604051808303815f875af1925050508015610d80575060408051601f3d908101601f19168201909252610d7d9181019061207e565b60015b610de7573d808015610dad576040519150601f19603f3d011682016040523d82523d5f602084013e610db2565b606091505b5080515f03610ddf57604051633250574960e11b81526001600160a01b038516600482015260240161053e565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610e2357604051633250574960e11b81526001600160a01b038516600482015260240161053e565b505b5050505050565b5f61044e610e3861148b565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610e68888888886115b4565b925092509250610e78828261167c565b50909695505050505050565b6001600160a01b0382165f90815260086020526040902080546001810190915581811461060d576040516301d4b62360e61b81526001600160a01b03841660048201526024810182905260440161053e565b60605f610ee283611734565b60010190505f8167ffffffffffffffff811115610f0157610f01611e28565b6040519080825280601f01601f191660200182016040528015610f2b576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610f3557509392505050565b8080610f7a57506001600160a01b03821615155b1561103b575f610f89846108e9565b90506001600160a01b03831615801590610fb55750826001600160a01b0316816001600160a01b031614155b8015610fc85750610fc6818461087f565b155b15610ff15760405163a9fbf51f60e01b81526001600160a01b038416600482015260240161053e565b81156110395783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f61107785858561180b565b905061093a818660016118fd565b5f65ffffffffffff8211156110b7576040516306dfcc6560e41b8152603060048201526024810183905260440161053e565b5090565b5f600182116110c8575090565b816001600160801b82106110e15760809190911c9060401b5b6801000000000000000082106110fc5760409190911c9060201b5b64010000000082106111135760209190911c9060101b5b6201000082106111285760109190911c9060081b5b610100821061113c5760089190911c9060041b5b6010821061114f5760049190911c9060021b5b6004821061115b5760011b5b600302600190811c9081858161117357611173612099565b048201901c9050600181858161118b5761118b612099565b048201901c905060018185816111a3576111a3612099565b048201901c905060018185816111bb576111bb612099565b048201901c905060018185816111d3576111d3612099565b048201901c905060018185816111eb576111eb612099565b048201901c905061120a81858161120457611204612099565b04821190565b90039392505050565b5f5b81831015611261575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561124d5780925061125b565b61125881600161202f565b93505b50611215565b509392505050565b6060611273610bfc565b65ffffffffffff168265ffffffffffff16146112a2576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f61044e82610639565b816001600160a01b0316836001600160a01b03161415801561130657505f81115b1561060d576001600160a01b038316156113ad576001600160a01b0383165f908152600a602052604081208190611348906119726113438661197d565b6119b0565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516113a2929190918252602082015260400190565b60405180910390a250505b6001600160a01b0382161561060d576001600160a01b0382165f908152600a6020526040812081906113e5906119e86113438661197d565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724838360405161143f929190918252602082015260400190565b60405180910390a25050505050565b60605f61145a836119f3565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156114e357507f000000000000000000000000000000000000000000000000000000000000000046145b1561150d57507f000000000000000000000000000000000000000000000000000000000000000090565b61061f604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156115ed57505f91506003905082611672565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561163e573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661166957505f925060019150829050611672565b92505f91508190505b9450945094915050565b5f82600381111561168f5761168f6120ad565b03611698575050565b60018260038111156116ac576116ac6120ad565b036116ca5760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156116de576116de6120ad565b036116ff5760405163fce698f760e01b81526004810182905260240161053e565b6003826003811115611713576117136120ad565b03610515576040516335e2f38360e21b81526004810182905260240161053e565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106117725772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef8100000000831061179e576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106117bc57662386f26fc10000830492506010015b6305f5e10083106117d4576305f5e100830492506008015b61271083106117e857612710830492506004015b606483106117fa576064830492506002015b600a831061044e5760010192915050565b5f828152600260205260408120546001600160a01b039081169083161561183757611837818486611a1a565b6001600160a01b03811615611871576118525f855f5f610f66565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b0385161561189f576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6001600160a01b03831661191f5761191c600b6119e86113438461197d565b50505b6001600160a01b0382166119415761193e600b6119726113438461197d565b50505b6001600160a01b038381165f9081526009602052604080822054858416835291205461060d929182169116836112e5565b5f61087882846120c1565b5f6001600160d01b038211156110b7576040516306dfcc6560e41b815260d060048201526024810183905260440161053e565b5f5f6119db6119bd6106f7565b6119d36119c988610c06565b868863ffffffff16565b879190611a7e565b915091505b935093915050565b5f61087882846120e0565b5f60ff8216601f81111561044e57604051632cd44ac360e21b815260040160405180910390fd5b611a25838383611a8b565b61060d576001600160a01b038316611a5357604051637e27328960e01b81526004810182905260240161053e565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161053e565b5f806119db858585611aec565b5f6001600160a01b0383161580159061093a5750826001600160a01b0316846001600160a01b03161480611ac45750611ac4848461087f565b8061093a5750505f908152600460205260409020546001600160a01b03908116911614919050565b82545f9081908015611be2575f611b0887610a1060018561201c565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115611b4b57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603611b8457825465ffffffffffff16600160301b6001600160d01b03891602178355611bd4565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506119e092505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816119e0565b6001600160e01b0319811681146108e6575f5ffd5b5f60208284031215611c61575f5ffd5b813561087881611c3c565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6108786020830184611c6c565b5f60208284031215611cbc575f5ffd5b5035919050565b80356001600160a01b0381168114611cd9575f5ffd5b919050565b5f5f60408385031215611cef575f5ffd5b611cf883611cc3565b946020939093013593505050565b5f5f5f60608486031215611d18575f5ffd5b611d2184611cc3565b9250611d2f60208501611cc3565b929592945050506040919091013590565b5f60208284031215611d50575f5ffd5b61087882611cc3565b60ff60f81b8816815260e060208201525f611d7760e0830189611c6c565b8281036040840152611d898189611c6c565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611dde578351835260209384019390920191600101611dc0565b50909b9a5050505050505050505050565b5f5f60408385031215611e00575f5ffd5b611e0983611cc3565b915060208301358015158114611e1d575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215611e4f575f5ffd5b611e5885611cc3565b9350611e6660208601611cc3565b925060408501359150606085013567ffffffffffffffff811115611e88575f5ffd5b8501601f81018713611e98575f5ffd5b803567ffffffffffffffff811115611eb257611eb2611e28565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715611ee157611ee1611e28565b604052818152828201602001891015611ef8575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f5f5f60c08789031215611f2e575f5ffd5b611f3787611cc3565b95506020870135945060408701359350606087013560ff81168114611f5a575f5ffd5b9598949750929560808101359460a0909101359350915050565b5f5f60408385031215611f85575f5ffd5b611f8e83611cc3565b9150611f9c60208401611cc3565b90509250929050565b600181811c90821680611fb957607f821691505b602082108103611fd757634e487b7160e01b5f52602260045260245ffd5b50919050565b5f81518060208401855e5f93019283525090919050565b5f61093a6120028386611fdd565b84611fdd565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561044e5761044e612008565b8082018082111561044e5761044e612008565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061207490830184611c6c565b9695505050505050565b5f6020828403121561208e575f5ffd5b815161087881611c3c565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b6001600160d01b03828116828216039081111561044e5761044e612008565b6001600160d01b03818116838216019081111561044e5761044e61200856fea2646970667358221220718ceacb51831c1e7ed140153e27561685c62772b6180bb1c3d527b221fc5ca264736f6c634300081e0033",
}

// VotesNFTABI is the input ABI used to generate the binding from.
// Deprecated: Use VotesNFTMetaData.ABI instead.
var VotesNFTABI = VotesNFTMetaData.ABI

// VotesNFTBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use VotesNFTMetaData.Bin instead.
var VotesNFTBin = VotesNFTMetaData.Bin

// DeployVotesNFT deploys a new Ethereum contract, binding an instance of VotesNFT to it.
func DeployVotesNFT(auth *bind.TransactOpts, backend bind.ContractBackend, name_ string, symbol_ string) (common.Address, *types.Transaction, *VotesNFT, error) {
	parsed, err := VotesNFTMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(VotesNFTBin), backend, name_, symbol_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &VotesNFT{VotesNFTCaller: VotesNFTCaller{contract: contract}, VotesNFTTransactor: VotesNFTTransactor{contract: contract}, VotesNFTFilterer: VotesNFTFilterer{contract: contract}}, nil
}

// VotesNFT is an auto generated Go binding around an Ethereum contract.
type VotesNFT struct {
	VotesNFTCaller     // Read-only binding to the contract
	VotesNFTTransactor // Write-only binding to the contract
	VotesNFTFilterer   // Log filterer for contract events
}

// VotesNFTCaller is an auto generated read-only Go binding around an Ethereum contract.
type VotesNFTCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VotesNFTTransactor is an auto generated write-only Go binding around an Ethereum contract.
type VotesNFTTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VotesNFTFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type VotesNFTFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VotesNFTSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type VotesNFTSession struct {
	Contract     *VotesNFT         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// VotesNFTCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type VotesNFTCallerSession struct {
	Contract *VotesNFTCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// VotesNFTTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type VotesNFTTransactorSession struct {
	Contract     *VotesNFTTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// VotesNFTRaw is an auto generated low-level Go binding around an Ethereum contract.
type VotesNFTRaw struct {
	Contract *VotesNFT // Generic contract binding to access the raw methods on
}

// VotesNFTCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type VotesNFTCallerRaw struct {
	Contract *VotesNFTCaller // Generic read-only contract binding to access the raw methods on
}

// VotesNFTTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type VotesNFTTransactorRaw struct {
	Contract *VotesNFTTransactor // Generic write-only contract binding to access the raw methods on
}

// NewVotesNFT creates a new instance of VotesNFT, bound to a specific deployed contract.
func NewVotesNFT(address common.Address, backend bind.ContractBackend) (*VotesNFT, error) {
	contract, err := bindVotesNFT(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &VotesNFT{VotesNFTCaller: VotesNFTCaller{contract: contract}, VotesNFTTransactor: VotesNFTTransactor{contract: contract}, VotesNFTFilterer: VotesNFTFilterer{contract: contract}}, nil
}

// NewVotesNFTCaller creates a new read-only instance of VotesNFT, bound to a specific deployed contract.
func NewVotesNFTCaller(address common.Address, caller bind.ContractCaller) (*VotesNFTCaller, error) {
	contract, err := bindVotesNFT(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &VotesNFTCaller{contract: contract}, nil
}

// NewVotesNFTTransactor creates a new write-only instance of VotesNFT, bound to a specific deployed contract.
func NewVotesNFTTransactor(address common.Address, transactor bind.ContractTransactor) (*VotesNFTTransactor, error) {
	contract, err := bindVotesNFT(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &VotesNFTTransactor{contract: contract}, nil
}

// NewVotesNFTFilterer creates a new log filterer instance of VotesNFT, bound to a specific deployed contract.
func NewVotesNFTFilterer(address common.Address, filterer bind.ContractFilterer) (*VotesNFTFilterer, error) {
	contract, err := bindVotesNFT(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &VotesNFTFilterer{contract: contract}, nil
}

// bindVotesNFT binds a generic wrapper to an already deployed contract.
func bindVotesNFT(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := VotesNFTMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_VotesNFT *VotesNFTRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _VotesNFT.Contract.VotesNFTCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_VotesNFT *VotesNFTRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _VotesNFT.Contract.VotesNFTTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_VotesNFT *VotesNFTRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _VotesNFT.Contract.VotesNFTTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_VotesNFT *VotesNFTCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _VotesNFT.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_VotesNFT *VotesNFTTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _VotesNFT.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_VotesNFT *VotesNFTTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _VotesNFT.Contract.contract.Transact(opts, method, params...)
}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_VotesNFT *VotesNFTCaller) CLOCKMODE(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "CLOCK_MODE")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_VotesNFT *VotesNFTSession) CLOCKMODE() (string, error) {
	return _VotesNFT.Contract.CLOCKMODE(&_VotesNFT.CallOpts)
}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_VotesNFT *VotesNFTCallerSession) CLOCKMODE() (string, error) {
	return _VotesNFT.Contract.CLOCKMODE(&_VotesNFT.CallOpts)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_VotesNFT *VotesNFTCaller) BalanceOf(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "balanceOf", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_VotesNFT *VotesNFTSession) BalanceOf(owner common.Address) (*big.Int, error) {
	return _VotesNFT.Contract.BalanceOf(&_VotesNFT.CallOpts, owner)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_VotesNFT *VotesNFTCallerSession) BalanceOf(owner common.Address) (*big.Int, error) {
	return _VotesNFT.Contract.BalanceOf(&_VotesNFT.CallOpts, owner)
}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_VotesNFT *VotesNFTCaller) Clock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "clock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_VotesNFT *VotesNFTSession) Clock() (*big.Int, error) {
	return _VotesNFT.Contract.Clock(&_VotesNFT.CallOpts)
}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_VotesNFT *VotesNFTCallerSession) Clock() (*big.Int, error) {
	return _VotesNFT.Contract.Clock(&_VotesNFT.CallOpts)
}

// Delegates is a free data retrieval call binding the contract method 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (_VotesNFT *VotesNFTCaller) Delegates(opts *bind.CallOpts, account common.Address) (common.Address, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "delegates", account)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Delegates is a free data retrieval call binding the contract method 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (_VotesNFT *VotesNFTSession) Delegates(account common.Address) (common.Address, error) {
	return _VotesNFT.Contract.Delegates(&_VotesNFT.CallOpts, account)
}

// Delegates is a free data retrieval call binding the contract method 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (_VotesNFT *VotesNFTCallerSession) Delegates(account common.Address) (common.Address, error) {
	return _VotesNFT.Contract.Delegates(&_VotesNFT.CallOpts, account)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_VotesNFT *VotesNFTCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_VotesNFT *VotesNFTSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _VotesNFT.Contract.Eip712Domain(&_VotesNFT.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_VotesNFT *VotesNFTCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _VotesNFT.Contract.Eip712Domain(&_VotesNFT.CallOpts)
}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_VotesNFT *VotesNFTCaller) GetApproved(opts *bind.CallOpts, tokenId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "getApproved", tokenId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_VotesNFT *VotesNFTSession) GetApproved(tokenId *big.Int) (common.Address, error) {
	return _VotesNFT.Contract.GetApproved(&_VotesNFT.CallOpts, tokenId)
}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_VotesNFT *VotesNFTCallerSession) GetApproved(tokenId *big.Int) (common.Address, error) {
	return _VotesNFT.Contract.GetApproved(&_VotesNFT.CallOpts, tokenId)
}

// GetPastTotalSupply is a free data retrieval call binding the contract method 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (_VotesNFT *VotesNFTCaller) GetPastTotalSupply(opts *bind.CallOpts, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "getPastTotalSupply", timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetPastTotalSupply is a free data retrieval call binding the contract method 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (_VotesNFT *VotesNFTSession) GetPastTotalSupply(timepoint *big.Int) (*big.Int, error) {
	return _VotesNFT.Contract.GetPastTotalSupply(&_VotesNFT.CallOpts, timepoint)
}

// GetPastTotalSupply is a free data retrieval call binding the contract method 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (_VotesNFT *VotesNFTCallerSession) GetPastTotalSupply(timepoint *big.Int) (*big.Int, error) {
	return _VotesNFT.Contract.GetPastTotalSupply(&_VotesNFT.CallOpts, timepoint)
}

// GetPastVotes is a free data retrieval call binding the contract method 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (_VotesNFT *VotesNFTCaller) GetPastVotes(opts *bind.CallOpts, account common.Address, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "getPastVotes", account, timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetPastVotes is a free data retrieval call binding the contract method 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (_VotesNFT *VotesNFTSession) GetPastVotes(account common.Address, timepoint *big.Int) (*big.Int, error) {
	return _VotesNFT.Contract.GetPastVotes(&_VotesNFT.CallOpts, account, timepoint)
}

// GetPastVotes is a free data retrieval call binding the contract method 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (_VotesNFT *VotesNFTCallerSession) GetPastVotes(account common.Address, timepoint *big.Int) (*big.Int, error) {
	return _VotesNFT.Contract.GetPastVotes(&_VotesNFT.CallOpts, account, timepoint)
}

// GetVotes is a free data retrieval call binding the contract method 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (_VotesNFT *VotesNFTCaller) GetVotes(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "getVotes", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetVotes is a free data retrieval call binding the contract method 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (_VotesNFT *VotesNFTSession) GetVotes(account common.Address) (*big.Int, error) {
	return _VotesNFT.Contract.GetVotes(&_VotesNFT.CallOpts, account)
}

// GetVotes is a free data retrieval call binding the contract method 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (_VotesNFT *VotesNFTCallerSession) GetVotes(account common.Address) (*big.Int, error) {
	return _VotesNFT.Contract.GetVotes(&_VotesNFT.CallOpts, account)
}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_VotesNFT *VotesNFTCaller) IsApprovedForAll(opts *bind.CallOpts, owner common.Address, operator common.Address) (bool, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "isApprovedForAll", owner, operator)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_VotesNFT *VotesNFTSession) IsApprovedForAll(owner common.Address, operator common.Address) (bool, error) {
	return _VotesNFT.Contract.IsApprovedForAll(&_VotesNFT.CallOpts, owner, operator)
}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_VotesNFT *VotesNFTCallerSession) IsApprovedForAll(owner common.Address, operator common.Address) (bool, error) {
	return _VotesNFT.Contract.IsApprovedForAll(&_VotesNFT.CallOpts, owner, operator)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_VotesNFT *VotesNFTCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_VotesNFT *VotesNFTSession) Name() (string, error) {
	return _VotesNFT.Contract.Name(&_VotesNFT.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_VotesNFT *VotesNFTCallerSession) Name() (string, error) {
	return _VotesNFT.Contract.Name(&_VotesNFT.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_VotesNFT *VotesNFTCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_VotesNFT *VotesNFTSession) Nonces(owner common.Address) (*big.Int, error) {
	return _VotesNFT.Contract.Nonces(&_VotesNFT.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_VotesNFT *VotesNFTCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _VotesNFT.Contract.Nonces(&_VotesNFT.CallOpts, owner)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_VotesNFT *VotesNFTCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_VotesNFT *VotesNFTSession) Owner() (common.Address, error) {
	return _VotesNFT.Contract.Owner(&_VotesNFT.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_VotesNFT *VotesNFTCallerSession) Owner() (common.Address, error) {
	return _VotesNFT.Contract.Owner(&_VotesNFT.CallOpts)
}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_VotesNFT *VotesNFTCaller) OwnerOf(opts *bind.CallOpts, tokenId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "ownerOf", tokenId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_VotesNFT *VotesNFTSession) OwnerOf(tokenId *big.Int) (common.Address, error) {
	return _VotesNFT.Contract.OwnerOf(&_VotesNFT.CallOpts, tokenId)
}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_VotesNFT *VotesNFTCallerSession) OwnerOf(tokenId *big.Int) (common.Address, error) {
	return _VotesNFT.Contract.OwnerOf(&_VotesNFT.CallOpts, tokenId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_VotesNFT *VotesNFTCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_VotesNFT *VotesNFTSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _VotesNFT.Contract.SupportsInterface(&_VotesNFT.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_VotesNFT *VotesNFTCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _VotesNFT.Contract.SupportsInterface(&_VotesNFT.CallOpts, interfaceId)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_VotesNFT *VotesNFTCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_VotesNFT *VotesNFTSession) Symbol() (string, error) {
	return _VotesNFT.Contract.Symbol(&_VotesNFT.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_VotesNFT *VotesNFTCallerSession) Symbol() (string, error) {
	return _VotesNFT.Contract.Symbol(&_VotesNFT.CallOpts)
}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_VotesNFT *VotesNFTCaller) TokenURI(opts *bind.CallOpts, tokenId *big.Int) (string, error) {
	var out []interface{}
	err := _VotesNFT.contract.Call(opts, &out, "tokenURI", tokenId)

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_VotesNFT *VotesNFTSession) TokenURI(tokenId *big.Int) (string, error) {
	return _VotesNFT.Contract.TokenURI(&_VotesNFT.CallOpts, tokenId)
}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_VotesNFT *VotesNFTCallerSession) TokenURI(tokenId *big.Int) (string, error) {
	return _VotesNFT.Contract.TokenURI(&_VotesNFT.CallOpts, tokenId)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (_VotesNFT *VotesNFTTransactor) Approve(opts *bind.TransactOpts, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _VotesNFT.contract.Transact(opts, "approve", to, tokenId)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (_VotesNFT *VotesNFTSession) Approve(to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _VotesNFT.Contract.Approve(&_VotesNFT.TransactOpts, to, tokenId)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (_VotesNFT *VotesNFTTransactorSession) Approve(to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _VotesNFT.Contract.Approve(&_VotesNFT.TransactOpts, to, tokenId)
}

// Delegate is a paid mutator transaction binding the contract method 0x5c19a95c.
//
// Solidity: function delegate(address delegatee) returns()
func (_VotesNFT *VotesNFTTransactor) Delegate(opts *bind.TransactOpts, delegatee common.Address) (*types.Transaction, error) {
	return _VotesNFT.contract.Transact(opts, "delegate", delegatee)
}

// Delegate is a paid mutator transaction binding the contract method 0x5c19a95c.
//
// Solidity: function delegate(address delegatee) returns()
func (_VotesNFT *VotesNFTSession) Delegate(delegatee common.Address) (*types.Transaction, error) {
	return _VotesNFT.Contract.Delegate(&_VotesNFT.TransactOpts, delegatee)
}

// Delegate is a paid mutator transaction binding the contract method 0x5c19a95c.
//
// Solidity: function delegate(address delegatee) returns()
func (_VotesNFT *VotesNFTTransactorSession) Delegate(delegatee common.Address) (*types.Transaction, error) {
	return _VotesNFT.Contract.Delegate(&_VotesNFT.TransactOpts, delegatee)
}

// DelegateBySig is a paid mutator transaction binding the contract method 0xc3cda520.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (_VotesNFT *VotesNFTTransactor) DelegateBySig(opts *bind.TransactOpts, delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _VotesNFT.contract.Transact(opts, "delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// DelegateBySig is a paid mutator transaction binding the contract method 0xc3cda520.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (_VotesNFT *VotesNFTSession) DelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _VotesNFT.Contract.DelegateBySig(&_VotesNFT.TransactOpts, delegatee, nonce, expiry, v, r, s)
}

// DelegateBySig is a paid mutator transaction binding the contract method 0xc3cda520.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (_VotesNFT *VotesNFTTransactorSession) DelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _VotesNFT.Contract.DelegateBySig(&_VotesNFT.TransactOpts, delegatee, nonce, expiry, v, r, s)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 tokenId) returns()
func (_VotesNFT *VotesNFTTransactor) Mint(opts *bind.TransactOpts, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _VotesNFT.contract.Transact(opts, "mint", to, tokenId)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 tokenId) returns()
func (_VotesNFT *VotesNFTSession) Mint(to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _VotesNFT.Contract.Mint(&_VotesNFT.TransactOpts, to, tokenId)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 tokenId) returns()
func (_VotesNFT *VotesNFTTransactorSession) Mint(to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _VotesNFT.Contract.Mint(&_VotesNFT.TransactOpts, to, tokenId)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_VotesNFT *VotesNFTTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _VotesNFT.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_VotesNFT *VotesNFTSession) RenounceOwnership() (*types.Transaction, error) {
	return _VotesNFT.Contract.RenounceOwnership(&_VotesNFT.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_VotesNFT *VotesNFTTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _VotesNFT.Contract.RenounceOwnership(&_VotesNFT.TransactOpts)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_VotesNFT *VotesNFTTransactor) SafeTransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _VotesNFT.contract.Transact(opts, "safeTransferFrom", from, to, tokenId)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_VotesNFT *VotesNFTSession) SafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _VotesNFT.Contract.SafeTransferFrom(&_VotesNFT.TransactOpts, from, to, tokenId)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_VotesNFT *VotesNFTTransactorSession) SafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _VotesNFT.Contract.SafeTransferFrom(&_VotesNFT.TransactOpts, from, to, tokenId)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_VotesNFT *VotesNFTTransactor) SafeTransferFrom0(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _VotesNFT.contract.Transact(opts, "safeTransferFrom0", from, to, tokenId, data)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_VotesNFT *VotesNFTSession) SafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _VotesNFT.Contract.SafeTransferFrom0(&_VotesNFT.TransactOpts, from, to, tokenId, data)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_VotesNFT *VotesNFTTransactorSession) SafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _VotesNFT.Contract.SafeTransferFrom0(&_VotesNFT.TransactOpts, from, to, tokenId, data)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (_VotesNFT *VotesNFTTransactor) SetApprovalForAll(opts *bind.TransactOpts, operator common.Address, approved bool) (*types.Transaction, error) {
	return _VotesNFT.contract.Transact(opts, "setApprovalForAll", operator, approved)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (_VotesNFT *VotesNFTSession) SetApprovalForAll(operator common.Address, approved bool) (*types.Transaction, error) {
	return _VotesNFT.Contract.SetApprovalForAll(&_VotesNFT.TransactOpts, operator, approved)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (_VotesNFT *VotesNFTTransactorSession) SetApprovalForAll(operator common.Address, approved bool) (*types.Transaction, error) {
	return _VotesNFT.Contract.SetApprovalForAll(&_VotesNFT.TransactOpts, operator, approved)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_VotesNFT *VotesNFTTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _VotesNFT.contract.Transact(opts, "transferFrom", from, to, tokenId)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_VotesNFT *VotesNFTSession) TransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _VotesNFT.Contract.TransferFrom(&_VotesNFT.TransactOpts, from, to, tokenId)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_VotesNFT *VotesNFTTransactorSession) TransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _VotesNFT.Contract.TransferFrom(&_VotesNFT.TransactOpts, from, to, tokenId)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_VotesNFT *VotesNFTTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _VotesNFT.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_VotesNFT *VotesNFTSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _VotesNFT.Contract.TransferOwnership(&_VotesNFT.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_VotesNFT *VotesNFTTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _VotesNFT.Contract.TransferOwnership(&_VotesNFT.TransactOpts, newOwner)
}

// VotesNFTApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the VotesNFT contract.
type VotesNFTApprovalIterator struct {
	Event *VotesNFTApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesNFTApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesNFTApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesNFTApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesNFTApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesNFTApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesNFTApproval represents a Approval event raised by the VotesNFT contract.
type VotesNFTApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_VotesNFT *VotesNFTFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, approved []common.Address, tokenId []*big.Int) (*VotesNFTApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var approvedRule []interface{}
	for _, approvedItem := range approved {
		approvedRule = append(approvedRule, approvedItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _VotesNFT.contract.FilterLogs(opts, "Approval", ownerRule, approvedRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &VotesNFTApprovalIterator{contract: _VotesNFT.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_VotesNFT *VotesNFTFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *VotesNFTApproval, owner []common.Address, approved []common.Address, tokenId []*big.Int) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var approvedRule []interface{}
	for _, approvedItem := range approved {
		approvedRule = append(approvedRule, approvedItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _VotesNFT.contract.WatchLogs(opts, "Approval", ownerRule, approvedRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesNFTApproval)
				if err := _VotesNFT.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_VotesNFT *VotesNFTFilterer) ParseApproval(log types.Log) (*VotesNFTApproval, error) {
	event := new(VotesNFTApproval)
	if err := _VotesNFT.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesNFTApprovalForAllIterator is returned from FilterApprovalForAll and is used to iterate over the raw logs and unpacked data for ApprovalForAll events raised by the VotesNFT contract.
type VotesNFTApprovalForAllIterator struct {
	Event *VotesNFTApprovalForAll // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesNFTApprovalForAllIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesNFTApprovalForAll)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesNFTApprovalForAll)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesNFTApprovalForAllIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesNFTApprovalForAllIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesNFTApprovalForAll represents a ApprovalForAll event raised by the VotesNFT contract.
type VotesNFTApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterApprovalForAll is a free log retrieval operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_VotesNFT *VotesNFTFilterer) FilterApprovalForAll(opts *bind.FilterOpts, owner []common.Address, operator []common.Address) (*VotesNFTApprovalForAllIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _VotesNFT.contract.FilterLogs(opts, "ApprovalForAll", ownerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &VotesNFTApprovalForAllIterator{contract: _VotesNFT.contract, event: "ApprovalForAll", logs: logs, sub: sub}, nil
}

// WatchApprovalForAll is a free log subscription operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_VotesNFT *VotesNFTFilterer) WatchApprovalForAll(opts *bind.WatchOpts, sink chan<- *VotesNFTApprovalForAll, owner []common.Address, operator []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _VotesNFT.contract.WatchLogs(opts, "ApprovalForAll", ownerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesNFTApprovalForAll)
				if err := _VotesNFT.contract.UnpackLog(event, "ApprovalForAll", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApprovalForAll is a log parse operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_VotesNFT *VotesNFTFilterer) ParseApprovalForAll(log types.Log) (*VotesNFTApprovalForAll, error) {
	event := new(VotesNFTApprovalForAll)
	if err := _VotesNFT.contract.UnpackLog(event, "ApprovalForAll", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesNFTDelegateChangedIterator is returned from FilterDelegateChanged and is used to iterate over the raw logs and unpacked data for DelegateChanged events raised by the VotesNFT contract.
type VotesNFTDelegateChangedIterator struct {
	Event *VotesNFTDelegateChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesNFTDelegateChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesNFTDelegateChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesNFTDelegateChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesNFTDelegateChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesNFTDelegateChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesNFTDelegateChanged represents a DelegateChanged event raised by the VotesNFT contract.
type VotesNFTDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterDelegateChanged is a free log retrieval operation binding the contract event 0x3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (_VotesNFT *VotesNFTFilterer) FilterDelegateChanged(opts *bind.FilterOpts, delegator []common.Address, fromDelegate []common.Address, toDelegate []common.Address) (*VotesNFTDelegateChangedIterator, error) {

	var delegatorRule []interface{}
	for _, delegatorItem := range delegator {
		delegatorRule = append(delegatorRule, delegatorItem)
	}
	var fromDelegateRule []interface{}
	for _, fromDelegateItem := range fromDelegate {
		fromDelegateRule = append(fromDelegateRule, fromDelegateItem)
	}
	var toDelegateRule []interface{}
	for _, toDelegateItem := range toDelegate {
		toDelegateRule = append(toDelegateRule, toDelegateItem)
	}

	logs, sub, err := _VotesNFT.contract.FilterLogs(opts, "DelegateChanged", delegatorRule, fromDelegateRule, toDelegateRule)
	if err != nil {
		return nil, err
	}
	return &VotesNFTDelegateChangedIterator{contract: _VotesNFT.contract, event: "DelegateChanged", logs: logs, sub: sub}, nil
}

// WatchDelegateChanged is a free log subscription operation binding the contract event 0x3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (_VotesNFT *VotesNFTFilterer) WatchDelegateChanged(opts *bind.WatchOpts, sink chan<- *VotesNFTDelegateChanged, delegator []common.Address, fromDelegate []common.Address, toDelegate []common.Address) (event.Subscription, error) {

	var delegatorRule []interface{}
	for _, delegatorItem := range delegator {
		delegatorRule = append(delegatorRule, delegatorItem)
	}
	var fromDelegateRule []interface{}
	for _, fromDelegateItem := range fromDelegate {
		fromDelegateRule = append(fromDelegateRule, fromDelegateItem)
	}
	var toDelegateRule []interface{}
	for _, toDelegateItem := range toDelegate {
		toDelegateRule = append(toDelegateRule, toDelegateItem)
	}

	logs, sub, err := _VotesNFT.contract.WatchLogs(opts, "DelegateChanged", delegatorRule, fromDelegateRule, toDelegateRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesNFTDelegateChanged)
				if err := _VotesNFT.contract.UnpackLog(event, "DelegateChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDelegateChanged is a log parse operation binding the contract event 0x3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (_VotesNFT *VotesNFTFilterer) ParseDelegateChanged(log types.Log) (*VotesNFTDelegateChanged, error) {
	event := new(VotesNFTDelegateChanged)
	if err := _VotesNFT.contract.UnpackLog(event, "DelegateChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesNFTDelegateVotesChangedIterator is returned from FilterDelegateVotesChanged and is used to iterate over the raw logs and unpacked data for DelegateVotesChanged events raised by the VotesNFT contract.
type VotesNFTDelegateVotesChangedIterator struct {
	Event *VotesNFTDelegateVotesChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesNFTDelegateVotesChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesNFTDelegateVotesChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesNFTDelegateVotesChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesNFTDelegateVotesChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesNFTDelegateVotesChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesNFTDelegateVotesChanged represents a DelegateVotesChanged event raised by the VotesNFT contract.
type VotesNFTDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterDelegateVotesChanged is a free log retrieval operation binding the contract event 0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (_VotesNFT *VotesNFTFilterer) FilterDelegateVotesChanged(opts *bind.FilterOpts, delegate []common.Address) (*VotesNFTDelegateVotesChangedIterator, error) {

	var delegateRule []interface{}
	for _, delegateItem := range delegate {
		delegateRule = append(delegateRule, delegateItem)
	}

	logs, sub, err := _VotesNFT.contract.FilterLogs(opts, "DelegateVotesChanged", delegateRule)
	if err != nil {
		return nil, err
	}
	return &VotesNFTDelegateVotesChangedIterator{contract: _VotesNFT.contract, event: "DelegateVotesChanged", logs: logs, sub: sub}, nil
}

// WatchDelegateVotesChanged is a free log subscription operation binding the contract event 0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (_VotesNFT *VotesNFTFilterer) WatchDelegateVotesChanged(opts *bind.WatchOpts, sink chan<- *VotesNFTDelegateVotesChanged, delegate []common.Address) (event.Subscription, error) {

	var delegateRule []interface{}
	for _, delegateItem := range delegate {
		delegateRule = append(delegateRule, delegateItem)
	}

	logs, sub, err := _VotesNFT.contract.WatchLogs(opts, "DelegateVotesChanged", delegateRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesNFTDelegateVotesChanged)
				if err := _VotesNFT.contract.UnpackLog(event, "DelegateVotesChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDelegateVotesChanged is a log parse operation binding the contract event 0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (_VotesNFT *VotesNFTFilterer) ParseDelegateVotesChanged(log types.Log) (*VotesNFTDelegateVotesChanged, error) {
	event := new(VotesNFTDelegateVotesChanged)
	if err := _VotesNFT.contract.UnpackLog(event, "DelegateVotesChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesNFTEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the VotesNFT contract.
type VotesNFTEIP712DomainChangedIterator struct {
	Event *VotesNFTEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesNFTEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesNFTEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesNFTEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesNFTEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesNFTEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesNFTEIP712DomainChanged represents a EIP712DomainChanged event raised by the VotesNFT contract.
type VotesNFTEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_VotesNFT *VotesNFTFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*VotesNFTEIP712DomainChangedIterator, error) {

	logs, sub, err := _VotesNFT.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &VotesNFTEIP712DomainChangedIterator{contract: _VotesNFT.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_VotesNFT *VotesNFTFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *VotesNFTEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _VotesNFT.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesNFTEIP712DomainChanged)
				if err := _VotesNFT.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_VotesNFT *VotesNFTFilterer) ParseEIP712DomainChanged(log types.Log) (*VotesNFTEIP712DomainChanged, error) {
	event := new(VotesNFTEIP712DomainChanged)
	if err := _VotesNFT.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesNFTOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the VotesNFT contract.
type VotesNFTOwnershipTransferredIterator struct {
	Event *VotesNFTOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesNFTOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesNFTOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesNFTOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesNFTOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesNFTOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesNFTOwnershipTransferred represents a OwnershipTransferred event raised by the VotesNFT contract.
type VotesNFTOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_VotesNFT *VotesNFTFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*VotesNFTOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _VotesNFT.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &VotesNFTOwnershipTransferredIterator{contract: _VotesNFT.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_VotesNFT *VotesNFTFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *VotesNFTOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _VotesNFT.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesNFTOwnershipTransferred)
				if err := _VotesNFT.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_VotesNFT *VotesNFTFilterer) ParseOwnershipTransferred(log types.Log) (*VotesNFTOwnershipTransferred, error) {
	event := new(VotesNFTOwnershipTransferred)
	if err := _VotesNFT.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesNFTTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the VotesNFT contract.
type VotesNFTTransferIterator struct {
	Event *VotesNFTTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesNFTTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesNFTTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesNFTTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesNFTTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesNFTTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesNFTTransfer represents a Transfer event raised by the VotesNFT contract.
type VotesNFTTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_VotesNFT *VotesNFTFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address, tokenId []*big.Int) (*VotesNFTTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _VotesNFT.contract.FilterLogs(opts, "Transfer", fromRule, toRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &VotesNFTTransferIterator{contract: _VotesNFT.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_VotesNFT *VotesNFTFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *VotesNFTTransfer, from []common.Address, to []common.Address, tokenId []*big.Int) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _VotesNFT.contract.WatchLogs(opts, "Transfer", fromRule, toRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesNFTTransfer)
				if err := _VotesNFT.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_VotesNFT *VotesNFTFilterer) ParseTransfer(log types.Log) (*VotesNFTTransfer, error) {
	event := new(VotesNFTTransfer)
	if err := _VotesNFT.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesTokenMetaData contains all meta data concerning the VotesToken contract.
var VotesTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increasedSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20ExceededSafeSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"clock\",\"type\":\"uint48\"}],\"name\":\"ERC5805FutureLookup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"VotesExpiredSignature\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromDelegate\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toDelegate\",\"type\":\"address\"}],\"name\":\"DelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousVotes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotes\",\"type\":\"uint256\"}],\"name\":\"DelegateVotesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"pos\",\"type\":\"uint32\"}],\"name\":\"checkpoints\",\"outputs\":[{\"components\":[{\"internalType\":\"uint48\",\"name\":\"_key\",\"type\":\"uint48\"},{\"internalType\":\"uint208\",\"name\":\"_value\",\"type\":\"uint208\"}],\"internalType\":\"structCheckpoints.Checkpoint208\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"delegateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161227f38038061227f83398101604081905261002f91610289565b338280604051806040016040528060018152602001603160f81b8152508585816003908161005d9190610372565b50600461006a8282610372565b50505061007c8261015e60201b60201c565b610120526100898161015e565b61014052815160208084019190912060e052815190820120610100524660a05261011560e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b03811661014d57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101568161019b565b505050610484565b5f5f829050601f81511115610188578260405163305a27a960e01b8152600401610144919061042c565b805161019382610461565b179392505050565b600b80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261020f575f5ffd5b81516001600160401b03811115610228576102286101ec565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610256576102566101ec565b60405281815283820160200185101561026d575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f6040838503121561029a575f5ffd5b82516001600160401b038111156102af575f5ffd5b6102bb85828601610200565b602085015190935090506001600160401b038111156102d8575f5ffd5b6102e485828601610200565b9150509250929050565b600181811c9082168061030257607f821691505b60208210810361032057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561036d57805f5260205f20601f840160051c8101602085101561034b5750805b601f840160051c820191505b8181101561036a575f8155600101610357565b50505b505050565b81516001600160401b0381111561038b5761038b6101ec565b61039f8161039984546102ee565b84610326565b6020601f8211600181146103d1575f83156103ba5750848201515b5f19600385901b1c1916600184901b17845561036a565b5f84815260208120601f198516915b8281101561040057878501518255602094850194600190920191016103e0565b508482101561041d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610320575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051611daa6104d55f395f610d7601525f610d4b01525f610a7f01525f610a5701525f6109b201525f6109dc01525f610a060152611daa5ff3fe608060405234801561000f575f5ffd5b50600436106101a1575f3560e01c8063715018a6116100f35780639ab24eb011610093578063d505accf1161006e578063d505accf146103b2578063dd62ed3e146103c5578063f1127ed8146103fd578063f2fde38b1461043c575f5ffd5b80639ab24eb014610379578063a9059cbb1461038c578063c3cda5201461039f575f5ffd5b80638da5cb5b116100ce5780638da5cb5b1461032e5780638e539e8c1461033f57806391ddadf41461035257806395d89b4114610371575f5ffd5b8063715018a6146102f85780637ecebe001461030057806384b0196e14610313575f5ffd5b80633a46b1a81161015e578063587cde1e11610139578063587cde1e146102525780635c19a95c146102955780636fcfff45146102a857806370a08231146102d0575f5ffd5b80633a46b1a81461022257806340c10f19146102355780634bf5d7e91461024a575f5ffd5b806306fdde03146101a5578063095ea7b3146101c357806318160ddd146101e657806323b872dd146101f8578063313ce5671461020b5780633644e5151461021a575b5f5ffd5b6101ad61044f565b6040516101ba91906119fb565b60405180910390f35b6101d66101d1366004611a28565b6104df565b60405190151581526020016101ba565b6002545b6040519081526020016101ba565b6101d6610206366004611a50565b6104f8565b604051601281526020016101ba565b6101ea61051b565b6101ea610230366004611a28565b610529565b610248610243366004611a28565b610563565b005b6101ad610579565b61027d610260366004611a8a565b6001600160a01b039081165f908152600860205260409020541690565b6040516001600160a01b0390911681526020016101ba565b6102486102a3366004611a8a565b610586565b6102bb6102b6366004611a8a565b610591565b60405163ffffffff90911681526020016101ba565b6101ea6102de366004611a8a565b6001600160a01b03165f9081526020819052604090205490565b61024861059b565b6101ea61030e366004611a8a565b6105ae565b61031b6105b8565b6040516101ba9796959493929190611aa3565b600b546001600160a01b031661027d565b6101ea61034d366004611b39565b6105fa565b61035a61061e565b60405165ffffffffffff90911681526020016101ba565b6101ad610627565b6101ea610387366004611a8a565b610636565b6101d661039a366004611a28565b610656565b6102486103ad366004611b60565b610663565b6102486103c0366004611bb4565b610724565b6101ea6103d3366004611c1a565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61041061040b366004611c4b565b61085a565b60408051825165ffffffffffff1681526020928301516001600160d01b031692810192909252016101ba565b61024861044a366004611a8a565b61087e565b60606003805461045e90611c88565b80601f016020809104026020016040519081016040528092919081815260200182805461048a90611c88565b80156104d55780601f106104ac576101008083540402835291602001916104d5565b820191905f5260205f20905b8154815290600101906020018083116104b857829003601f168201915b5050505050905090565b5f336104ec8185856108bb565b60019150505b92915050565b5f336105058582856108cd565b610510858585610949565b506001949350505050565b5f6105246109a6565b905090565b5f61055361053683610acf565b6001600160a01b0385165f90815260096020526040902090610b1d565b6001600160d01b03169392505050565b61056b610bcd565b6105758282610bfa565b5050565b606061052461061e610c2e565b336105758183610c44565b5f6104f282610cb5565b6105a3610bcd565b6105ac5f610cd6565b565b5f6104f282610d27565b5f6060805f5f5f60606105c9610d44565b6105d1610d6f565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61060f61060783610acf565b600a90610b1d565b6001600160d01b031692915050565b5f610524610d9a565b60606004805461045e90611c88565b6001600160a01b0381165f90815260096020526040812061060f90610da4565b5f336104ec818585610949565b8342111561068c57604051632341d78760e11b8152600481018590526024015b60405180910390fd5b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f90610705906106fd9060a00160405160208183030381529060405280519060200120610ddb565b858585610e07565b90506107118187610e33565b61071b8188610c44565b50505050505050565b834211156107485760405163313c898160e11b815260048101859052602401610683565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886107938c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f6107ed82610ddb565b90505f6107fc82878787610e07565b9050896001600160a01b0316816001600160a01b031614610843576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610683565b61084e8a8a8a6108bb565b50505050505050505050565b604080518082019091525f80825260208201526108778383610e85565b9392505050565b610886610bcd565b6001600160a01b0381166108af57604051631e4fbdf760e01b81525f6004820152602401610683565b6108b881610cd6565b50565b6108c88383836001610eb9565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610943578181101561093557604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610683565b61094384848484035f610eb9565b50505050565b6001600160a01b03831661097257604051634b637e8f60e11b81525f6004820152602401610683565b6001600160a01b03821661099b5760405163ec442f0560e01b81525f6004820152602401610683565b6108c8838383610f8b565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156109fe57507f000000000000000000000000000000000000000000000000000000000000000046145b15610a2857507f000000000000000000000000000000000000000000000000000000000000000090565b610524604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f610ad961061e565b90508065ffffffffffff168310610b1457604051637669fc0f60e11b81526004810184905265ffffffffffff82166024820152604401610683565b61087783610f96565b81545f9081816005811115610b79575f610b3684610fcc565b610b409085611cd4565b5f8881526020902090915081015465ffffffffffff9081169087161015610b6957809150610b77565b610b74816001611ce7565b92505b505b5f610b8687878585611124565b90508015610bc057610baa87610b9d600184611cd4565b5f91825260209091200190565b54600160301b90046001600160d01b0316610bc2565b5f5b979650505050505050565b600b546001600160a01b031633146105ac5760405163118cdaa760e01b8152336004820152602401610683565b6001600160a01b038216610c235760405163ec442f0560e01b81525f6004820152602401610683565b6105755f8383610f8b565b60606104f2610c3f8363ffffffff16565b61117a565b6001600160a01b038281165f8181526008602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46108c88183610cb0866111ec565b611209565b6001600160a01b0381165f908152600960205260408120546104f290611372565b600b80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381165f908152600760205260408120546104f2565b60606105247f00000000000000000000000000000000000000000000000000000000000000006113a2565b60606105247f00000000000000000000000000000000000000000000000000000000000000006113a2565b5f61052443610f96565b80545f908015610dd357610dbd83610b9d600184611cd4565b54600160301b90046001600160d01b0316610877565b5f9392505050565b5f6104f2610de76109a6565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610e17888888886113df565b925092509250610e2782826114a7565b50909695505050505050565b6001600160a01b0382165f9081526007602052604090208054600181019091558181146108c8576040516301d4b62360e61b81526001600160a01b038416600482015260248101829052604401610683565b604080518082019091525f80825260208201526001600160a01b0383165f908152600960205260409020610877908361155f565b6001600160a01b038416610ee25760405163e602df0560e01b81525f6004820152602401610683565b6001600160a01b038316610f0b57604051634a1406b160e11b81525f6004820152602401610683565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561094357826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610f7d91815260200190565b60405180910390a350505050565b6108c88383836115cc565b5f65ffffffffffff821115610fc8576040516306dfcc6560e41b81526030600482015260248101839052604401610683565b5090565b5f60018211610fd9575090565b816001600160801b8210610ff25760809190911c9060401b5b68010000000000000000821061100d5760409190911c9060201b5b64010000000082106110245760209190911c9060101b5b6201000082106110395760109190911c9060081b5b610100821061104d5760089190911c9060041b5b601082106110605760049190911c9060021b5b6004821061106c5760011b5b600302600190811c9081858161108457611084611cfa565b048201901c9050600181858161109c5761109c611cfa565b048201901c905060018185816110b4576110b4611cfa565b048201901c905060018185816110cc576110cc611cfa565b048201901c905060018185816110e4576110e4611cfa565b048201901c905060018185816110fc576110fc611cfa565b048201901c905061111b81858161111557611115611cfa565b04821190565b90039392505050565b5f5b81831015611172575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561115e5780925061116c565b611169816001611ce7565b93505b50611126565b509392505050565b6060611184610d9a565b65ffffffffffff168265ffffffffffff16146111b3576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b6001600160a01b0381165f908152602081905260408120546104f2565b816001600160a01b0316836001600160a01b03161415801561122a57505f81115b156108c8576001600160a01b038316156112d1576001600160a01b0383165f908152600960205260408120819061126c906116326112678661163d565b611670565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516112c6929190918252602082015260400190565b60405180910390a250505b6001600160a01b038216156108c8576001600160a01b0382165f9081526009602052604081208190611309906116a86112678661163d565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051611363929190918252602082015260400190565b60405180910390a25050505050565b5f63ffffffff821115610fc8576040516306dfcc6560e41b81526020600482015260248101839052604401610683565b60605f6113ae836116b3565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561141857505f9150600390508261149d565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611469573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661149457505f92506001915082905061149d565b92505f91508190505b9450945094915050565b5f8260038111156114ba576114ba611d0e565b036114c3575050565b60018260038111156114d7576114d7611d0e565b036114f55760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561150957611509611d0e565b0361152a5760405163fce698f760e01b815260048101829052602401610683565b600382600381111561153e5761153e611d0e565b03610575576040516335e2f38360e21b815260048101829052602401610683565b604080518082019091525f8082526020820152825f018263ffffffff168154811061158c5761158c611d22565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b6115d78383836116da565b6001600160a01b038316611627575f6115ef60025490565b90506001600160d01b038082111561162457604051630e58ae9360e11b81526004810183905260248101829052604401610683565b50505b6108c8838383611800565b5f6108778284611d36565b5f6001600160d01b03821115610fc8576040516306dfcc6560e41b815260d0600482015260248101839052604401610683565b5f5f61169b61167d61061e565b61169361168988610da4565b868863ffffffff16565b879190611875565b915091505b935093915050565b5f6108778284611d55565b5f60ff8216601f8111156104f257604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b038316611704578060025f8282546116f99190611ce7565b909155506117749050565b6001600160a01b0383165f90815260208190526040902054818110156117565760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610683565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216611790576002805482900390556117ae565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516117f391815260200190565b60405180910390a3505050565b6001600160a01b0383166118225761181f600a6116a86112678461163d565b50505b6001600160a01b03821661184457611841600a6116326112678461163d565b50505b6001600160a01b038381165f908152600860205260408082205485841683529120546108c892918216911683611209565b5f8061169b85858582545f9081908015611973575f61189987610b9d600185611cd4565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156118dc57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361191557825465ffffffffffff16600160301b6001600160d01b03891602178355611965565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506116a092505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816116a0565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61087760208301846119cd565b80356001600160a01b0381168114611a23575f5ffd5b919050565b5f5f60408385031215611a39575f5ffd5b611a4283611a0d565b946020939093013593505050565b5f5f5f60608486031215611a62575f5ffd5b611a6b84611a0d565b9250611a7960208501611a0d565b929592945050506040919091013590565b5f60208284031215611a9a575f5ffd5b61087782611a0d565b60ff60f81b8816815260e060208201525f611ac160e08301896119cd565b8281036040840152611ad381896119cd565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611b28578351835260209384019390920191600101611b0a565b50909b9a5050505050505050505050565b5f60208284031215611b49575f5ffd5b5035919050565b803560ff81168114611a23575f5ffd5b5f5f5f5f5f5f60c08789031215611b75575f5ffd5b611b7e87611a0d565b95506020870135945060408701359350611b9a60608801611b50565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a031215611bca575f5ffd5b611bd388611a0d565b9650611be160208901611a0d565b95506040880135945060608801359350611bfd60808901611b50565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611c2b575f5ffd5b611c3483611a0d565b9150611c4260208401611a0d565b90509250929050565b5f5f60408385031215611c5c575f5ffd5b611c6583611a0d565b9150602083013563ffffffff81168114611c7d575f5ffd5b809150509250929050565b600181811c90821680611c9c57607f821691505b602082108103611cba57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104f2576104f2611cc0565b808201808211156104f2576104f2611cc0565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b6001600160d01b0382811682821603908111156104f2576104f2611cc0565b6001600160d01b0381811683821601908111156104f2576104f2611cc056fea264697066735822122095b45d45d64d61f6a52ff364ddd48c17bac8bd70c51264f66e52a01ceb878ff164736f6c634300081e0033",
}

// VotesTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use VotesTokenMetaData.ABI instead.
var VotesTokenABI = VotesTokenMetaData.ABI

// VotesTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use VotesTokenMetaData.Bin instead.
var VotesTokenBin = VotesTokenMetaData.Bin

// DeployVotesToken deploys a new Ethereum contract, binding an instance of VotesToken to it.
func DeployVotesToken(auth *bind.TransactOpts, backend bind.ContractBackend, name_ string, symbol_ string) (common.Address, *types.Transaction, *VotesToken, error) {
	parsed, err := VotesTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(VotesTokenBin), backend, name_, symbol_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &VotesToken{VotesTokenCaller: VotesTokenCaller{contract: contract}, VotesTokenTransactor: VotesTokenTransactor{contract: contract}, VotesTokenFilterer: VotesTokenFilterer{contract: contract}}, nil
}

// VotesToken is an auto generated Go binding around an Ethereum contract.
type VotesToken struct {
	VotesTokenCaller     // Read-only binding to the contract
	VotesTokenTransactor // Write-only binding to the contract
	VotesTokenFilterer   // Log filterer for contract events
}

// VotesTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type VotesTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VotesTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type VotesTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VotesTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type VotesTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VotesTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type VotesTokenSession struct {
	Contract     *VotesToken       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// VotesTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type VotesTokenCallerSession struct {
	Contract *VotesTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// VotesTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type VotesTokenTransactorSession struct {
	Contract     *VotesTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// VotesTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type VotesTokenRaw struct {
	Contract *VotesToken // Generic contract binding to access the raw methods on
}

// VotesTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type VotesTokenCallerRaw struct {
	Contract *VotesTokenCaller // Generic read-only contract binding to access the raw methods on
}

// VotesTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type VotesTokenTransactorRaw struct {
	Contract *VotesTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewVotesToken creates a new instance of VotesToken, bound to a specific deployed contract.
func NewVotesToken(address common.Address, backend bind.ContractBackend) (*VotesToken, error) {
	contract, err := bindVotesToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &VotesToken{VotesTokenCaller: VotesTokenCaller{contract: contract}, VotesTokenTransactor: VotesTokenTransactor{contract: contract}, VotesTokenFilterer: VotesTokenFilterer{contract: contract}}, nil
}

// NewVotesTokenCaller creates a new read-only instance of VotesToken, bound to a specific deployed contract.
func NewVotesTokenCaller(address common.Address, caller bind.ContractCaller) (*VotesTokenCaller, error) {
	contract, err := bindVotesToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &VotesTokenCaller{contract: contract}, nil
}

// NewVotesTokenTransactor creates a new write-only instance of VotesToken, bound to a specific deployed contract.
func NewVotesTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*VotesTokenTransactor, error) {
	contract, err := bindVotesToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &VotesTokenTransactor{contract: contract}, nil
}

// NewVotesTokenFilterer creates a new log filterer instance of VotesToken, bound to a specific deployed contract.
func NewVotesTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*VotesTokenFilterer, error) {
	contract, err := bindVotesToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &VotesTokenFilterer{contract: contract}, nil
}

// bindVotesToken binds a generic wrapper to an already deployed contract.
func bindVotesToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := VotesTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_VotesToken *VotesTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _VotesToken.Contract.VotesTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_VotesToken *VotesTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _VotesToken.Contract.VotesTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_VotesToken *VotesTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _VotesToken.Contract.VotesTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_VotesToken *VotesTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _VotesToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_VotesToken *VotesTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _VotesToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_VotesToken *VotesTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _VotesToken.Contract.contract.Transact(opts, method, params...)
}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_VotesToken *VotesTokenCaller) CLOCKMODE(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "CLOCK_MODE")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_VotesToken *VotesTokenSession) CLOCKMODE() (string, error) {
	return _VotesToken.Contract.CLOCKMODE(&_VotesToken.CallOpts)
}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_VotesToken *VotesTokenCallerSession) CLOCKMODE() (string, error) {
	return _VotesToken.Contract.CLOCKMODE(&_VotesToken.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_VotesToken *VotesTokenCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_VotesToken *VotesTokenSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _VotesToken.Contract.DOMAINSEPARATOR(&_VotesToken.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_VotesToken *VotesTokenCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _VotesToken.Contract.DOMAINSEPARATOR(&_VotesToken.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_VotesToken *VotesTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_VotesToken *VotesTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _VotesToken.Contract.Allowance(&_VotesToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_VotesToken *VotesTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _VotesToken.Contract.Allowance(&_VotesToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_VotesToken *VotesTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_VotesToken *VotesTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _VotesToken.Contract.BalanceOf(&_VotesToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_VotesToken *VotesTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _VotesToken.Contract.BalanceOf(&_VotesToken.CallOpts, account)
}

// Checkpoints is a free data retrieval call binding the contract method 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (_VotesToken *VotesTokenCaller) Checkpoints(opts *bind.CallOpts, account common.Address, pos uint32) (CheckpointsCheckpoint208, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "checkpoints", account, pos)

	if err != nil {
		return *new(CheckpointsCheckpoint208), err
	}

	out0 := *abi.ConvertType(out[0], new(CheckpointsCheckpoint208)).(*CheckpointsCheckpoint208)

	return out0, err

}

// Checkpoints is a free data retrieval call binding the contract method 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (_VotesToken *VotesTokenSession) Checkpoints(account common.Address, pos uint32) (CheckpointsCheckpoint208, error) {
	return _VotesToken.Contract.Checkpoints(&_VotesToken.CallOpts, account, pos)
}

// Checkpoints is a free data retrieval call binding the contract method 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (_VotesToken *VotesTokenCallerSession) Checkpoints(account common.Address, pos uint32) (CheckpointsCheckpoint208, error) {
	return _VotesToken.Contract.Checkpoints(&_VotesToken.CallOpts, account, pos)
}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_VotesToken *VotesTokenCaller) Clock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "clock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_VotesToken *VotesTokenSession) Clock() (*big.Int, error) {
	return _VotesToken.Contract.Clock(&_VotesToken.CallOpts)
}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_VotesToken *VotesTokenCallerSession) Clock() (*big.Int, error) {
	return _VotesToken.Contract.Clock(&_VotesToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_VotesToken *VotesTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_VotesToken *VotesTokenSession) Decimals() (uint8, error) {
	return _VotesToken.Contract.Decimals(&_VotesToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_VotesToken *VotesTokenCallerSession) Decimals() (uint8, error) {
	return _VotesToken.Contract.Decimals(&_VotesToken.CallOpts)
}

// Delegates is a free data retrieval call binding the contract method 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (_VotesToken *VotesTokenCaller) Delegates(opts *bind.CallOpts, account common.Address) (common.Address, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "delegates", account)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Delegates is a free data retrieval call binding the contract method 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (_VotesToken *VotesTokenSession) Delegates(account common.Address) (common.Address, error) {
	return _VotesToken.Contract.Delegates(&_VotesToken.CallOpts, account)
}

// Delegates is a free data retrieval call binding the contract method 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (_VotesToken *VotesTokenCallerSession) Delegates(account common.Address) (common.Address, error) {
	return _VotesToken.Contract.Delegates(&_VotesToken.CallOpts, account)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_VotesToken *VotesTokenCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_VotesToken *VotesTokenSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _VotesToken.Contract.Eip712Domain(&_VotesToken.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_VotesToken *VotesTokenCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _VotesToken.Contract.Eip712Domain(&_VotesToken.CallOpts)
}

// GetPastTotalSupply is a free data retrieval call binding the contract method 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (_VotesToken *VotesTokenCaller) GetPastTotalSupply(opts *bind.CallOpts, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "getPastTotalSupply", timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetPastTotalSupply is a free data retrieval call binding the contract method 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (_VotesToken *VotesTokenSession) GetPastTotalSupply(timepoint *big.Int) (*big.Int, error) {
	return _VotesToken.Contract.GetPastTotalSupply(&_VotesToken.CallOpts, timepoint)
}

// GetPastTotalSupply is a free data retrieval call binding the contract method 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (_VotesToken *VotesTokenCallerSession) GetPastTotalSupply(timepoint *big.Int) (*big.Int, error) {
	return _VotesToken.Contract.GetPastTotalSupply(&_VotesToken.CallOpts, timepoint)
}

// GetPastVotes is a free data retrieval call binding the contract method 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (_VotesToken *VotesTokenCaller) GetPastVotes(opts *bind.CallOpts, account common.Address, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "getPastVotes", account, timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetPastVotes is a free data retrieval call binding the contract method 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (_VotesToken *VotesTokenSession) GetPastVotes(account common.Address, timepoint *big.Int) (*big.Int, error) {
	return _VotesToken.Contract.GetPastVotes(&_VotesToken.CallOpts, account, timepoint)
}

// GetPastVotes is a free data retrieval call binding the contract method 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (_VotesToken *VotesTokenCallerSession) GetPastVotes(account common.Address, timepoint *big.Int) (*big.Int, error) {
	return _VotesToken.Contract.GetPastVotes(&_VotesToken.CallOpts, account, timepoint)
}

// GetVotes is a free data retrieval call binding the contract method 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (_VotesToken *VotesTokenCaller) GetVotes(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "getVotes", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetVotes is a free data retrieval call binding the contract method 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (_VotesToken *VotesTokenSession) GetVotes(account common.Address) (*big.Int, error) {
	return _VotesToken.Contract.GetVotes(&_VotesToken.CallOpts, account)
}

// GetVotes is a free data retrieval call binding the contract method 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (_VotesToken *VotesTokenCallerSession) GetVotes(account common.Address) (*big.Int, error) {
	return _VotesToken.Contract.GetVotes(&_VotesToken.CallOpts, account)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_VotesToken *VotesTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_VotesToken *VotesTokenSession) Name() (string, error) {
	return _VotesToken.Contract.Name(&_VotesToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_VotesToken *VotesTokenCallerSession) Name() (string, error) {
	return _VotesToken.Contract.Name(&_VotesToken.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_VotesToken *VotesTokenCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_VotesToken *VotesTokenSession) Nonces(owner common.Address) (*big.Int, error) {
	return _VotesToken.Contract.Nonces(&_VotesToken.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_VotesToken *VotesTokenCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _VotesToken.Contract.Nonces(&_VotesToken.CallOpts, owner)
}

// NumCheckpoints is a free data retrieval call binding the contract method 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (_VotesToken *VotesTokenCaller) NumCheckpoints(opts *bind.CallOpts, account common.Address) (uint32, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "numCheckpoints", account)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// NumCheckpoints is a free data retrieval call binding the contract method 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (_VotesToken *VotesTokenSession) NumCheckpoints(account common.Address) (uint32, error) {
	return _VotesToken.Contract.NumCheckpoints(&_VotesToken.CallOpts, account)
}

// NumCheckpoints is a free data retrieval call binding the contract method 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (_VotesToken *VotesTokenCallerSession) NumCheckpoints(account common.Address) (uint32, error) {
	return _VotesToken.Contract.NumCheckpoints(&_VotesToken.CallOpts, account)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_VotesToken *VotesTokenCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_VotesToken *VotesTokenSession) Owner() (common.Address, error) {
	return _VotesToken.Contract.Owner(&_VotesToken.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_VotesToken *VotesTokenCallerSession) Owner() (common.Address, error) {
	return _VotesToken.Contract.Owner(&_VotesToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_VotesToken *VotesTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_VotesToken *VotesTokenSession) Symbol() (string, error) {
	return _VotesToken.Contract.Symbol(&_VotesToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_VotesToken *VotesTokenCallerSession) Symbol() (string, error) {
	return _VotesToken.Contract.Symbol(&_VotesToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_VotesToken *VotesTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _VotesToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_VotesToken *VotesTokenSession) TotalSupply() (*big.Int, error) {
	return _VotesToken.Contract.TotalSupply(&_VotesToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_VotesToken *VotesTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _VotesToken.Contract.TotalSupply(&_VotesToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_VotesToken *VotesTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _VotesToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_VotesToken *VotesTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _VotesToken.Contract.Approve(&_VotesToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_VotesToken *VotesTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _VotesToken.Contract.Approve(&_VotesToken.TransactOpts, spender, value)
}

// Delegate is a paid mutator transaction binding the contract method 0x5c19a95c.
//
// Solidity: function delegate(address delegatee) returns()
func (_VotesToken *VotesTokenTransactor) Delegate(opts *bind.TransactOpts, delegatee common.Address) (*types.Transaction, error) {
	return _VotesToken.contract.Transact(opts, "delegate", delegatee)
}

// Delegate is a paid mutator transaction binding the contract method 0x5c19a95c.
//
// Solidity: function delegate(address delegatee) returns()
func (_VotesToken *VotesTokenSession) Delegate(delegatee common.Address) (*types.Transaction, error) {
	return _VotesToken.Contract.Delegate(&_VotesToken.TransactOpts, delegatee)
}

// Delegate is a paid mutator transaction binding the contract method 0x5c19a95c.
//
// Solidity: function delegate(address delegatee) returns()
func (_VotesToken *VotesTokenTransactorSession) Delegate(delegatee common.Address) (*types.Transaction, error) {
	return _VotesToken.Contract.Delegate(&_VotesToken.TransactOpts, delegatee)
}

// DelegateBySig is a paid mutator transaction binding the contract method 0xc3cda520.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (_VotesToken *VotesTokenTransactor) DelegateBySig(opts *bind.TransactOpts, delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _VotesToken.contract.Transact(opts, "delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// DelegateBySig is a paid mutator transaction binding the contract method 0xc3cda520.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (_VotesToken *VotesTokenSession) DelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _VotesToken.Contract.DelegateBySig(&_VotesToken.TransactOpts, delegatee, nonce, expiry, v, r, s)
}

// DelegateBySig is a paid mutator transaction binding the contract method 0xc3cda520.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (_VotesToken *VotesTokenTransactorSession) DelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _VotesToken.Contract.DelegateBySig(&_VotesToken.TransactOpts, delegatee, nonce, expiry, v, r, s)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_VotesToken *VotesTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _VotesToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_VotesToken *VotesTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _VotesToken.Contract.Mint(&_VotesToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_VotesToken *VotesTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _VotesToken.Contract.Mint(&_VotesToken.TransactOpts, to, amount)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_VotesToken *VotesTokenTransactor) Permit(opts *bind.TransactOpts, owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _VotesToken.contract.Transact(opts, "permit", owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_VotesToken *VotesTokenSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _VotesToken.Contract.Permit(&_VotesToken.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_VotesToken *VotesTokenTransactorSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _VotesToken.Contract.Permit(&_VotesToken.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_VotesToken *VotesTokenTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _VotesToken.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_VotesToken *VotesTokenSession) RenounceOwnership() (*types.Transaction, error) {
	return _VotesToken.Contract.RenounceOwnership(&_VotesToken.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_VotesToken *VotesTokenTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _VotesToken.Contract.RenounceOwnership(&_VotesToken.TransactOpts)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_VotesToken *VotesTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _VotesToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_VotesToken *VotesTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _VotesToken.Contract.Transfer(&_VotesToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_VotesToken *VotesTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _VotesToken.Contract.Transfer(&_VotesToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_VotesToken *VotesTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _VotesToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_VotesToken *VotesTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _VotesToken.Contract.TransferFrom(&_VotesToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_VotesToken *VotesTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _VotesToken.Contract.TransferFrom(&_VotesToken.TransactOpts, from, to, value)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_VotesToken *VotesTokenTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _VotesToken.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_VotesToken *VotesTokenSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _VotesToken.Contract.TransferOwnership(&_VotesToken.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_VotesToken *VotesTokenTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _VotesToken.Contract.TransferOwnership(&_VotesToken.TransactOpts, newOwner)
}

// VotesTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the VotesToken contract.
type VotesTokenApprovalIterator struct {
	Event *VotesTokenApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesTokenApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesTokenApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesTokenApproval represents a Approval event raised by the VotesToken contract.
type VotesTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_VotesToken *VotesTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*VotesTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _VotesToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &VotesTokenApprovalIterator{contract: _VotesToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_VotesToken *VotesTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *VotesTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _VotesToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesTokenApproval)
				if err := _VotesToken.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_VotesToken *VotesTokenFilterer) ParseApproval(log types.Log) (*VotesTokenApproval, error) {
	event := new(VotesTokenApproval)
	if err := _VotesToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesTokenDelegateChangedIterator is returned from FilterDelegateChanged and is used to iterate over the raw logs and unpacked data for DelegateChanged events raised by the VotesToken contract.
type VotesTokenDelegateChangedIterator struct {
	Event *VotesTokenDelegateChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesTokenDelegateChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesTokenDelegateChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesTokenDelegateChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesTokenDelegateChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesTokenDelegateChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesTokenDelegateChanged represents a DelegateChanged event raised by the VotesToken contract.
type VotesTokenDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterDelegateChanged is a free log retrieval operation binding the contract event 0x3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (_VotesToken *VotesTokenFilterer) FilterDelegateChanged(opts *bind.FilterOpts, delegator []common.Address, fromDelegate []common.Address, toDelegate []common.Address) (*VotesTokenDelegateChangedIterator, error) {

	var delegatorRule []interface{}
	for _, delegatorItem := range delegator {
		delegatorRule = append(delegatorRule, delegatorItem)
	}
	var fromDelegateRule []interface{}
	for _, fromDelegateItem := range fromDelegate {
		fromDelegateRule = append(fromDelegateRule, fromDelegateItem)
	}
	var toDelegateRule []interface{}
	for _, toDelegateItem := range toDelegate {
		toDelegateRule = append(toDelegateRule, toDelegateItem)
	}

	logs, sub, err := _VotesToken.contract.FilterLogs(opts, "DelegateChanged", delegatorRule, fromDelegateRule, toDelegateRule)
	if err != nil {
		return nil, err
	}
	return &VotesTokenDelegateChangedIterator{contract: _VotesToken.contract, event: "DelegateChanged", logs: logs, sub: sub}, nil
}

// WatchDelegateChanged is a free log subscription operation binding the contract event 0x3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (_VotesToken *VotesTokenFilterer) WatchDelegateChanged(opts *bind.WatchOpts, sink chan<- *VotesTokenDelegateChanged, delegator []common.Address, fromDelegate []common.Address, toDelegate []common.Address) (event.Subscription, error) {

	var delegatorRule []interface{}
	for _, delegatorItem := range delegator {
		delegatorRule = append(delegatorRule, delegatorItem)
	}
	var fromDelegateRule []interface{}
	for _, fromDelegateItem := range fromDelegate {
		fromDelegateRule = append(fromDelegateRule, fromDelegateItem)
	}
	var toDelegateRule []interface{}
	for _, toDelegateItem := range toDelegate {
		toDelegateRule = append(toDelegateRule, toDelegateItem)
	}

	logs, sub, err := _VotesToken.contract.WatchLogs(opts, "DelegateChanged", delegatorRule, fromDelegateRule, toDelegateRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesTokenDelegateChanged)
				if err := _VotesToken.contract.UnpackLog(event, "DelegateChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDelegateChanged is a log parse operation binding the contract event 0x3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (_VotesToken *VotesTokenFilterer) ParseDelegateChanged(log types.Log) (*VotesTokenDelegateChanged, error) {
	event := new(VotesTokenDelegateChanged)
	if err := _VotesToken.contract.UnpackLog(event, "DelegateChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesTokenDelegateVotesChangedIterator is returned from FilterDelegateVotesChanged and is used to iterate over the raw logs and unpacked data for DelegateVotesChanged events raised by the VotesToken contract.
type VotesTokenDelegateVotesChangedIterator struct {
	Event *VotesTokenDelegateVotesChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesTokenDelegateVotesChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesTokenDelegateVotesChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesTokenDelegateVotesChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesTokenDelegateVotesChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesTokenDelegateVotesChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesTokenDelegateVotesChanged represents a DelegateVotesChanged event raised by the VotesToken contract.
type VotesTokenDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterDelegateVotesChanged is a free log retrieval operation binding the contract event 0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (_VotesToken *VotesTokenFilterer) FilterDelegateVotesChanged(opts *bind.FilterOpts, delegate []common.Address) (*VotesTokenDelegateVotesChangedIterator, error) {

	var delegateRule []interface{}
	for _, delegateItem := range delegate {
		delegateRule = append(delegateRule, delegateItem)
	}

	logs, sub, err := _VotesToken.contract.FilterLogs(opts, "DelegateVotesChanged", delegateRule)
	if err != nil {
		return nil, err
	}
	return &VotesTokenDelegateVotesChangedIterator{contract: _VotesToken.contract, event: "DelegateVotesChanged", logs: logs, sub: sub}, nil
}

// WatchDelegateVotesChanged is a free log subscription operation binding the contract event 0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (_VotesToken *VotesTokenFilterer) WatchDelegateVotesChanged(opts *bind.WatchOpts, sink chan<- *VotesTokenDelegateVotesChanged, delegate []common.Address) (event.Subscription, error) {

	var delegateRule []interface{}
	for _, delegateItem := range delegate {
		delegateRule = append(delegateRule, delegateItem)
	}

	logs, sub, err := _VotesToken.contract.WatchLogs(opts, "DelegateVotesChanged", delegateRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesTokenDelegateVotesChanged)
				if err := _VotesToken.contract.UnpackLog(event, "DelegateVotesChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDelegateVotesChanged is a log parse operation binding the contract event 0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (_VotesToken *VotesTokenFilterer) ParseDelegateVotesChanged(log types.Log) (*VotesTokenDelegateVotesChanged, error) {
	event := new(VotesTokenDelegateVotesChanged)
	if err := _VotesToken.contract.UnpackLog(event, "DelegateVotesChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesTokenEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the VotesToken contract.
type VotesTokenEIP712DomainChangedIterator struct {
	Event *VotesTokenEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesTokenEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesTokenEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesTokenEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesTokenEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesTokenEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the VotesToken contract.
type VotesTokenEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_VotesToken *VotesTokenFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*VotesTokenEIP712DomainChangedIterator, error) {

	logs, sub, err := _VotesToken.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &VotesTokenEIP712DomainChangedIterator{contract: _VotesToken.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_VotesToken *VotesTokenFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *VotesTokenEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _VotesToken.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesTokenEIP712DomainChanged)
				if err := _VotesToken.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_VotesToken *VotesTokenFilterer) ParseEIP712DomainChanged(log types.Log) (*VotesTokenEIP712DomainChanged, error) {
	event := new(VotesTokenEIP712DomainChanged)
	if err := _VotesToken.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesTokenOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the VotesToken contract.
type VotesTokenOwnershipTransferredIterator struct {
	Event *VotesTokenOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesTokenOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesTokenOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesTokenOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesTokenOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesTokenOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesTokenOwnershipTransferred represents a OwnershipTransferred event raised by the VotesToken contract.
type VotesTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_VotesToken *VotesTokenFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*VotesTokenOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _VotesToken.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &VotesTokenOwnershipTransferredIterator{contract: _VotesToken.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_VotesToken *VotesTokenFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *VotesTokenOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _VotesToken.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesTokenOwnershipTransferred)
				if err := _VotesToken.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_VotesToken *VotesTokenFilterer) ParseOwnershipTransferred(log types.Log) (*VotesTokenOwnershipTransferred, error) {
	event := new(VotesTokenOwnershipTransferred)
	if err := _VotesToken.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VotesTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the VotesToken contract.
type VotesTokenTransferIterator struct {
	Event *VotesTokenTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VotesTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VotesTokenTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VotesTokenTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VotesTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VotesTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VotesTokenTransfer represents a Transfer event raised by the VotesToken contract.
type VotesTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_VotesToken *VotesTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*VotesTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _VotesToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &VotesTokenTransferIterator{contract: _VotesToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_VotesToken *VotesTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *VotesTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _VotesToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VotesTokenTransfer)
				if err := _VotesToken.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_VotesToken *VotesTokenFilterer) ParseTransfer(log types.Log) (*VotesTokenTransfer, error) {
	event := new(VotesTokenTransfer)
	if err := _VotesToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
