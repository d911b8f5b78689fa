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
