"""advc estimators inside verl: `register` puts one into verl's advantage-estimator registry
(`verl.trainer.ppo.core_algos.register_adv_est`), with verl's estimator signature; `pass_batch_fields` makes
verl's trainers hand it the batch fields they do not pass to registered estimators (`responses`, `entropy`, ...).

    import advc.verl
    advc.verl.register("ktae", name="advc_ktae", alpha=0.5)
    advc.verl.pass_batch_fields()            # verl's trainers then give it `responses`
    # algorithm.adv_estimator=advc_ktae

Call both in the process that builds verl's trainer (verl's TaskRunner), before training starts.
"""

import contextvars
import functools
import importlib

from . import AdvcError, BatchError
from .loader import load

# verl's name for the group ids (other fields' verl names come from the library's input table)
_VERL_NAMES = {"index": ("uid",)}
# the batch compute_advantage is working on (set by pass_batch_fields' wrapper)
_current_data = contextvars.ContextVar("advc_verl_data", default=None)
# fields the v1 trainer's _compute_advantage should fetch in addition to its own
_extra_fields = contextvars.ContextVar("advc_verl_fields", default=())
_registered = {}


# Fields of verl's algorithm config (AlgoConfig) that verl's own estimators read with verl's meaning, and the
# advc estimators that are those estimators: compute_reinforce_plus_plus_outcome_advantage reads `config.gamma`
# (the discount; GAE gets gamma and lam from it too), compute_grpo_passk_outcome_advantage
# `config.get("norm_adv_by_std_in_grpo")`, as GRPO's and GDPO's callers do. An advc parameter of such a name
# in any other estimator means something else (KTAE's `gamma` weighs term frequencies) and never takes the
# config's value; dr_grpo is GRPO with that switch off, so verl's default (on) must not turn it back on.
_ALGO_CONFIG_READERS = {
    "gamma": ("gae", "reinforce_plus_plus"),
    "lam": ("gae",),
    "norm_adv_by_std_in_grpo": ("grpo", "grpo_passk", "gdpo"),
    **{f: () for f in ("adv_estimator", "use_kl_in_reward", "kl_penalty", "kl_ctrl", "use_pf_ppo", "pf_ppo", "filter_groups", "rollout_correction", "gdpo_reward_keys", "gdpo_reward_weights")},
}


def _config_value(estimator, config, name):
    """Parameter `name` of advc estimator `estimator` from verl's algorithm config, as verl's estimators read
    it (config.get / attributes): any name but the fields of verl's AlgoConfig, those only where
    `estimator` means by it what verl means (_ALGO_CONFIG_READERS)."""
    if config is None or estimator not in _ALGO_CONFIG_READERS.get(name, (estimator,)):
        return None
    get = getattr(config, "get", None)
    if callable(get):
        try:
            return get(name, None)
        except Exception:  # a config whose get takes other arguments
            pass
    return getattr(config, name, None)


def _names(est, field):
    aliases = next((x.get("aliases", ()) for x in est._info["inputs"] if x["name"] == field), ())
    return (field, *_VERL_NAMES.get(field, ()), *aliases)


def _from_data(names):
    data = _current_data.get()
    batch = getattr(data, "batch", None)
    if batch is None:
        return None
    for key in names:
        try:
            if key in batch.keys():
                return batch[key]
        except AttributeError:
            return None
    return None


def estimator_fn(estimator, **params):
    """The function `register` registers: verl's estimator signature around `advc.load(estimator)`.

    Parameters come from, in order: `params` given here, the keyword arguments of the call (verl passes
    `epsilon`, `norm_adv_by_std_in_grpo`, `gamma`, `lam` to some estimators), verl's `config` (read by name
    as verl's own estimators read it: `config.get(name)`; a field of verl's AlgoConfig only where the advc
    estimator is the verl estimator that reads it, so KTAE's `gamma` never takes verl's discount), then the
    estimator's defaults. Batch fields the
    estimator reads beyond the three verl always passes come from the keyword arguments (`responses=...`) or,
    under `pass_batch_fields`, from the batch verl is computing advantages for.
    """
    est = load(estimator)

    def advc_estimator(token_level_rewards, response_mask, index=None, epsilon=None, config=None, **kwargs):
        batch = {"token_level_rewards": token_level_rewards, "response_mask": response_mask}
        if index is None:
            index = kwargs.get("uid", _from_data(_names(est, "index")))
        if index is None:
            raise BatchError(f"{est.name}: verl passed no `index` (the batch's `uid`): advc estimators group rollouts by it")
        batch["index"] = index
        for field in est.inputs:
            if field in batch:
                continue
            value = next((kwargs[k] for k in _names(est, field) if k in kwargs), None)
            if value is None:
                value = _from_data(_names(est, field))
            if value is None:
                raise BatchError(
                    f"{est.name} reads `{field}`, which verl did not pass: pass it as a keyword argument, or call "
                    f"advc.verl.pass_batch_fields() before training so verl's trainer hands over its batch"
                )
            batch[field] = value
        call = {}
        for p in est.params:
            if p in params:
                call[p] = params[p]
            elif p == "epsilon" and epsilon is not None:
                call[p] = epsilon
            elif p in kwargs:
                call[p] = kwargs[p]
            else:
                v = _config_value(est.name, config, p)
                if v is not None:
                    call[p] = v
        out = est(batch, outputs=("advantages", "returns"), **call)
        return out["advantages"], out["returns"]

    advc_estimator.__name__ = f"advc_{est.name}"
    advc_estimator.__qualname__ = advc_estimator.__name__
    advc_estimator.__doc__ = f"advc estimator {est.name} ({', '.join(f'{k}={v}' for k, v in params.items()) or 'defaults'})"
    advc_estimator.estimator = est
    return advc_estimator


def register(estimator, name=None, **params):
    """Registers an advc estimator (stdlib name or .adv path) in verl's registry under `name` (default
    `advc_<estimator>`), with `params` fixed; returns the registered function. Registering the same
    estimator, name and parameters again returns the same function (verl refuses a second, different one)."""
    key = (estimator, name, tuple(sorted(params.items())))
    if key in _registered:
        return _registered[key]
    try:
        core_algos = importlib.import_module("verl.trainer.ppo.core_algos")
    except ImportError as e:
        raise AdvcError(f"advc.verl.register needs verl (verl.trainer.ppo.core_algos): {e}") from None
    est_fn = estimator_fn(estimator, **params)
    unknown = [p for p in params if p not in est_fn.estimator.params]
    if unknown:
        raise BatchError(f"{est_fn.estimator.name} has no parameter '{unknown[0]}' (its parameters: {', '.join(est_fn.estimator.params)})")
    name = name or est_fn.__name__
    core_algos.register_adv_est(name)(est_fn)
    _registered[key] = est_fn
    return est_fn


def _setting(var, value, fn):
    """fn, with `var` set to value(args) while it runs (the value is restored after, even on error)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        token = var.set(value(args))
        try:
            return fn(*args, **kwargs)
        finally:
            var.reset(token)

    wrapper.advc_wrapped = fn
    return wrapper


def _select_more(get):
    @functools.wraps(get)
    def kv_batch_get(*args, **kwargs):
        extra = _extra_fields.get()
        if extra and kwargs.get("select_fields") is not None:
            kwargs["select_fields"] = list(kwargs["select_fields"]) + [f for f in extra if f not in kwargs["select_fields"]]
        return get(*args, **kwargs)

    kv_batch_get.advc_wrapped = get
    return kv_batch_get


def pass_batch_fields(fields=("responses",)):
    """Makes verl's trainers give registered advc estimators the batch fields they read.

    verl calls a registered estimator with a fixed set of arguments (`ray_trainer.compute_advantage`:
    token_level_rewards, response_mask, config, index and reward_baselines), and the v1 trainer's
    `_compute_advantage` fetches a fixed list of fields (without `responses`). This wraps
    `compute_advantage` (in `verl.trainer.ppo.ray_trainer` and, where loaded, `verl.trainer.ppo.v1.utils`)
    so an advc estimator reads any other field from the batch being processed, and makes the v1 trainer's
    `_compute_advantage` fetch `fields` too. Idempotent; returns the modules it patched.
    """
    patched = []
    for mod_name in ("verl.trainer.ppo.ray_trainer", "verl.trainer.ppo.v1.utils"):
        try:
            mod = importlib.import_module(mod_name)
        except ImportError:
            continue
        fn = getattr(mod, "compute_advantage", None)
        if fn is not None and not hasattr(fn, "advc_wrapped"):
            mod.compute_advantage = _setting(_current_data, lambda args: args[0], fn)  # compute_advantage(data, ...)
        patched.append(mod_name)
    try:
        base = importlib.import_module("verl.trainer.ppo.v1.trainer_base")
    except ImportError:
        base = None
    if base is not None:
        tq = base.tq
        if not hasattr(tq.kv_batch_get, "advc_wrapped"):
            tq.kv_batch_get = _select_more(tq.kv_batch_get)
        method = base.PPOTrainer._compute_advantage
        wanted = tuple(fields)
        if hasattr(method, "advc_wrapped"):
            method = method.advc_wrapped
        base.PPOTrainer._compute_advantage = _setting(_extra_fields, lambda args: wanted, method)
        patched.append("verl.trainer.ppo.v1.trainer_base")
    if not patched:
        raise AdvcError("advc.verl.pass_batch_fields found neither verl.trainer.ppo.ray_trainer nor the v1 trainer")
    return patched
