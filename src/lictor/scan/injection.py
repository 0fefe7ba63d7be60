"""Prompt injection in incoming text: weighted rules over normalised text combined with a
small learned classifier shipped in the package, and an optional local transformer classifier.

The default detector is fast (about 1.4 ms per 4 KB), needs no download, and says *why* (one
finding per rule family, plus `classifier` when the learned model leans injection). Rule
weights, model weights and thresholds were chosen on the tuning split of
`bench/data/injection/` only; `bench/detector.py` reports the held-out split.
"""

from __future__ import annotations

import importlib
import logging
import math
import os
import re
from dataclasses import dataclass, field
from functools import cache
from itertools import compress
from typing import Any

from lictor.errors import ScanError
from lictor.model import Finding
from lictor.scan.classifier import InjectionModel, load_model, tokens
from lictor.scan.interface import Scanner
from lictor.scan.normalise import Normalised, normalise

THRESHOLD = 0.496
"""Rule score at or above which text counts as an injection when the learned model is not in
use (chosen for FPR <= 1% on tuning data); with the model, its own calibrated threshold holds."""

log = logging.getLogger("lictor.scan")

MAX_SCAN_CHARS = 2 * 1024 * 1024
"""Characters of one string the rules read; an instruction past 2 MiB of filler is reported as
unscanned by the caller's limits, not silently trusted."""


@dataclass(frozen=True)
class InjectionRule:
    """One weighted pattern of one injection family."""

    family: str
    """Family slug reported as `Finding.kind` (`instruction-override`, `exfiltration`...)."""
    weight: float
    """Evidence in [0, 1] one match adds to its family."""
    pattern: re.Pattern[str]
    """Pattern over normalised (lower-case, folded) text."""
    anchors: frozenset[str] = frozenset()
    """Words one of which must occur for the pattern to be tried; empty means always try."""


@dataclass(frozen=True)
class Assessment:
    """The detector's view of one text."""

    score: float
    """Combined evidence in [0, 1]."""
    families: dict[str, float]
    """Evidence per family, for families with any."""
    excerpts: dict[str, str]
    """The first matching snippet per family (normalised text, short)."""
    threshold: float = THRESHOLD
    """Score at or above which this text counts as an injection (the model's when it ran)."""
    rule_score: float = field(default=-1.0)
    """The rules' own score in [0, 1]; -1 when not computed separately, or not run because the
    learned model's score alone kept the text below the threshold."""
    model_margin: float | None = None
    """The learned model's highest window score (a logit), or None when it did not run."""

    @property
    def is_injection(self) -> bool:
        """True at or above the tuned threshold."""
        return self.score >= self.threshold


def _rule(family: str, weight: float, pattern: str, anchors: str = "") -> InjectionRule:
    return InjectionRule(family, weight, re.compile(pattern), frozenset(anchors.split()))


_PRIOR = (
    r"(?:previous|prior|above|earlier|preceding|original|initial|former|foregoing|existing|old"
    r"|system|developer|safety|all)"
)
_ORDERS = (
    r"(?:instructions?|prompts?|directions?|rules?|guidelines?|commands?|context|messages?"
    r"|constraints?|directives?|guardrails?|polic(?:y|ies)|restrictions?|programming|orders"
    r"|training)"
)
_DISMISS = (
    "ignore ignoring disregard disregarding forget forgetting override overriding bypass"
    " abandon aside attention follow following"
)
_SENSITIVE = (
    r"(?:api[ _-]?keys?|tokens?|credentials?|passwords?|secrets?|private keys?|ssh keys?"
    r"|env(?:ironment)? (?:variables?|vars)|\.env\b|id_rsa|id_ed25519|cookies?|session (?:ids?"
    r"|tokens?)"
    r"|conversation|chat history|system prompt|aws_secret|\.aws/credentials|\.npmrc|\.netrc"
    r"|kube/config|/etc/passwd|/etc/shadow|wallet|seed phrase|mnemonic)"
)
_SEND = (
    r"(?:send|post|upload|forward|email|e-mail|mail|transmit|exfiltrate|leak|share|copy|submit"
    r"|append|include|embed|paste|push|pipe|beacon|report|deliver|attach)"
)
_DEST = (
    r"(?:https?://|www\.|[\w.+-]+@[\w-]+\.[\w.]+|webhook|pastebin|ngrok|requestbin|burpcollab"
    r"|attacker|external (?:server|endpoint|address)|remote (?:server|host|endpoint)"
    r"|(?:this|that|the following|my|our) (?:url|address|endpoint|server|email))"
)
_AGENT = (
    r"(?:ai|llm|llms|language models?|assistants?|agents?|ai agents?|bots?|copilot|claude|chatgpt"
    r"|gpt|gemini|cursor|codex|devin|model)"
)

_BRIEF = (
    r"(?:brief|assignment|task|request|guidance|instructions?|orders|directions|prompt|rules"
    r"|guidelines|guardrails|safety (?:rules|guidance|checks|policy|filters?)|content filter)"
)
_AGENT_WORDS = (
    "ai llm llms language model models assistant assistants agent agents bot bots copilot claude"
    " chatgpt gpt gemini cursor codex devin"
)

RULES: tuple[InjectionRule, ...] = (
    # --- instruction override -------------------------------------------------------------
    _rule(
        "instruction-override",
        0.9,
        rf"\b(?:ignore|disregard|forget|override|bypass|abandon|set aside|pay no attention to"
        rf"|do not follow|don't follow|stop following|ignoring|disregarding|forgetting|overriding)"
        rf"\b[^.\n]{{0,20}}?\b{_PRIOR}\b[^.\n]{{0,25}}?\b{_ORDERS}\b",
        _DISMISS,
    ),
    _rule(
        "instruction-override",
        0.85,
        r"\b(?:ignore|disregard|forget)\b (?:everything|all|anything|what)\b[^.\n]{0,30}"
        r"\b(?:told|said|above|before|previously|earlier|instructed|so far)\b",
        "ignore disregard forget",
    ),
    _rule(
        "instruction-override",
        0.85,
        rf"\b(?:previous|prior|above|earlier|original|old|all)\b[^.\n]{{0,20}}\b{_ORDERS}\b"
        r"[^.\n]{0,20}\b(?:are|is|were|have been|has been)\b[^.\n]{0,10}\b(?:void|cancell?ed"
        r"|revoked"
        r"|outdated|obsolete|superseded|no longer (?:valid|apply|applicable|in effect)|null"
        r"|invalid|overridden|lifted|suspended)",
        "void cancelled canceled revoked outdated obsolete superseded longer null invalid"
        " deprecated replaced overridden lifted suspended disabled",
    ),
    _rule(
        "instruction-override",
        0.85,
        # Spanish, French, German, Italian, Portuguese (accents already stripped).
        r"\b(?:ignor\w*|olvid\w*|oubli\w*|vergiss\w*|vergessen|missachte\w*|dimentic\w*"
        r"|esquec\w*|descart\w*|omit\w*|passe outre|salta\w*)\b[^.\n]{0,40}"
        r"\b(?:instrucciones|instructions|consignes|anweisungen|instruktionen|istruzioni"
        r"|instrucoes|indicaciones|regles|reglas|regeln|vorgaben|directives|ordenes|ordini"
        r"|befehle|richtlinien)\b",
        "instrucciones instructions consignes anweisungen instruktionen istruzioni instrucoes"
        " indicaciones regles reglas regeln vorgaben directives ordenes ordini befehle richtlinien",
    ),
    _rule(
        "instruction-override",
        0.6,
        r"\b(?:new|updated|revised|real|actual|true|secret|hidden|additional|important|special)"
        r" (?:instructions?|task|rules?|directives?|objective|system prompt|orders|mission|goal)"
        r"\b\s*(?::|-|follow|are|is)",
        "instructions instruction task rules rule directive directives objective prompt"
        " orders mission goal",
    ),
    _rule(
        "instruction-override",
        0.85,
        r"\b(?:set aside|forget|ignore|disregard|never ?mind)\b (?:what|anything|everything|all)"
        r" (?:you were|you've been|you have been|you were just|i) (?:asked|told|given|instructed"
        r"|said)",
        "aside forget ignore disregard nevermind mind",
    ),
    _rule(
        "instruction-override",
        0.5,
        r"\b(?:the user|user|they|the requester) (?:has |have )?(?:changed (?:their|his|her) mind"
        r"|now wants?|actually wants?|updated (?:the|their) request)|\b(?:small|slight|quick)"
        r" change of plans?\b|\brather than (?:the|your) original (?:request|task)"
        r"|\binstead of (?:the|your) (?:original|actual|current) (?:request|task)"
        r"|\b(?:the|your) (?:real|actual) request\b|\bwas (?:just )?a test\b",
        "user they requester change rather instead real actual test",
    ),
    _rule(
        "instruction-override",
        0.6,
        r"\b(?:updated|new|revised|real|true|override) system (?:prompt|message|instructions?)\b",
        "system",
    ),
    _rule(
        "instruction-override",
        0.55,
        r"\b(?:nuevas instrucciones|nouvelles (?:instructions|consignes)|neue anweisungen"
        r"|nuove istruzioni|novas instrucoes|tu nueva tarea|ta nouvelle tache|deine neue aufgabe"
        r"|a partir de ahora|a partir de maintenant|ab (?:jetzt|sofort)|d'ora in poi)\b",
        "nuevas nouvelles neue nuove novas nueva nouvelle partir jetzt sofort ora",
    ),
    _rule(
        "instruction-override",
        0.4,
        r"\b(?:from now on|henceforth|for the rest of (?:this|the) (?:conversation|session)"
        r"|starting now|instead of (?:your|the) (?:task|instructions))\b",
        "now henceforth rest starting instead",
    ),
    _rule(
        "instruction-override",
        0.5,
        r"\byour (?:new|real|actual|true|only|primary|updated) (?:task|job|role|goal|purpose"
        r"|instructions?|objective|mission|priority) (?:is|are|will be|now)\b",
        "new real actual true only primary updated",
    ),
    _rule(
        "instruction-override",
        0.45,
        r"\b(?:you are now|you're now|you will now|you must now|you have been (?:freed|unlocked"
        r"|reprogrammed|updated)|act as (?:an? )?(?:unrestricted|uncensored|unfiltered|evil"
        r"|jailbroken|rogue)|pretend (?:to be|you are|that you)|roleplay as)\b",
        "now you're freed unlocked reprogrammed act pretend roleplay",
    ),
    _rule(
        "instruction-override",
        0.4,
        r"\b(?:developer mode|god mode|jailbreak\w*|do anything now|dan mode|you are dan|as dan"
        r"|unrestricted mode|no (?:ethical |moral )?(?:restrictions|limitations|filters|guidelines)"
        r"|without (?:any )?(?:restrictions|limitations|filters|censorship)|stay in character)\b",
        "developer god jailbreak jailbroken jailbreaking anything dan unrestricted restrictions"
        " limitations filters guidelines censorship character",
    ),
    _rule(
        "instruction-override",
        0.65,
        r"\b(?:reveal|print|show|output|repeat|display|leak|dump|tell me|disclose|expose|recite"
        r"|write out)\b[^.\n]{0,30}\b(?:your|the|its)\b[^.\n]{0,15}(?:system prompt|initial prompt"
        r"|hidden prompt|system message|developer message|hidden (?:rules|instructions)"
        r"|original instructions|full instructions|instructions|configuration)",
        "reveal print show output repeat display leak dump tell disclose expose recite write",
    ),
    _rule(
        "exfiltration",
        0.5,
        rf"\b(?:reveal|print|show|output|leak|dump|disclose|expose|paste|post|share|include)\b"
        rf"[^.\n]{{0,20}}\b(?:your|the user's|all|every|the)\b[^.\n]{{0,20}}{_SENSITIVE}",
        "reveal print show output leak dump disclose expose paste post share include",
    ),
    _rule("instruction-override", 0.2, r"\bsystem prompt\b", "system"),
    # --- role / turn spoofing ---------------------------------------------------------------
    _rule(
        "role-spoofing",
        0.8,
        r"<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id"
        r"|end_header_id|begin_of_text)\|>|<</?sys>>|\[/?inst\]|<start_of_turn>|<end_of_turn>",
        "im_start im_end system user assistant endoftext eot_id start_header_id end_header_id"
        " begin_of_text sys inst start_of_turn end_of_turn",
    ),
    _rule(
        "role-spoofing",
        0.45,
        r"(?m)^\s*(?:#{1,6}\s*|\*\*|\[)?(?:system|assistant|developer|admin|root)"
        r"(?: message| prompt| note| override| instruction)?\s*(?:\*\*|\])?\s*:",
        "system assistant developer admin root",
    ),
    _rule("role-spoofing", 0.15, r"(?m)^\s*(?:human|user)\s*:\s", "human user"),
    _rule(
        "role-spoofing",
        0.55,
        r"</?(?:system|instructions?|admin|developer|sys|system_message|important"
        r"|assistant_instructions|secret|hidden)>",
        "system instructions instruction admin developer sys system_message important"
        " assistant_instructions secret hidden",
    ),
    _rule(
        "role-spoofing",
        0.5,
        r"\"(?:tool_calls?|function_call|tool_use)\"\s*:|\"role\"\s*:\s*\"(?:system|tool|assistant"
        r"|developer)\"|<(?:tool_call|function_calls|invoke|antml)\b",
        "tool_call tool_calls function_call tool_use role function_calls invoke antml",
    ),
    _rule(
        "role-spoofing",
        0.35,
        r"\b(?:end of (?:user |tool |the )?(?:input|output|document|context|data|file|message)"
        r"|(?:user|tool) (?:input|output) (?:ends|ended)|begin (?:system|new) (?:prompt|message"
        r"|instructions))\b",
        "end ends ended begin",
    ),
    # --- exfiltration -----------------------------------------------------------------------
    _rule(
        "exfiltration",
        0.75,
        rf"\b{_SEND}\b[^\n]{{0,60}}?{_SENSITIVE}[^\n]{{0,60}}?\b(?:to|into|at|via|in)\b"
        rf"[^\n]{{0,30}}?(?:{_DEST}|a comment|the (?:issue|thread|chat|reply|response|commit))",
        "send post upload forward email e-mail mail transmit exfiltrate leak share copy submit"
        " append include embed paste push pipe beacon report deliver attach",
    ),
    _rule(
        "exfiltration",
        0.3,
        rf"\b{_SEND}\b[^\n]{{0,100}}?\b(?:to|into|at|via|using|with)\b[^\n]{{0,30}}?{_DEST}",
        "send post upload forward email e-mail mail transmit exfiltrate leak share copy submit"
        " append include embed paste push pipe beacon report deliver attach",
    ),
    _rule(
        "exfiltration",
        0.75,
        rf"\b(?:{_SEND}|read|cat|open|grab|collect|gather|fetch|extract|access|dump|retrieve|steal"
        rf"|harvest)\b[^\n]{{0,60}}?{_SENSITIVE}[^\n]{{0,120}}?\b(?:{_SEND}|curl|wget|to https?://"
        rf"|to [\w.+-]+@)",
        "read cat open grab collect gather fetch extract access dump retrieve steal harvest"
        " send post upload forward email mail transmit exfiltrate leak share copy submit",
    ),
    _rule(
        "exfiltration",
        0.3,
        r"(?:curl|wget)\b[^\n|]{0,200}\|\s*(?:sudo )?(?:ba|z|da)?sh\b|\biex\s*\(|invoke-expression"
        r"|powershell -e(?:nc)? ",
        "curl wget iex invoke powershell",
    ),
    _rule(
        "exfiltration",
        0.25,
        r"(?:~|\$home|/home/\w+|/root)/\.(?:ssh|aws|gnupg|kube|docker)\b|\bid_(?:rsa|ed25519"
        r"|ecdsa)\b"
        r"|\.git-credentials|/etc/(?:passwd|shadow)\b|\b\.env\b|\.npmrc|\.netrc|\.pypirc",
        "ssh aws gnupg kube docker id_rsa id_ed id_ecdsa git-credentials passwd shadow env"
        " npmrc netrc pypirc",
    ),
    _rule(
        "exfiltration",
        0.45,
        r"!\[[^\]\n]{0,100}\]\(https?://[^)\s]{0,200}[?&][\w-]{1,20}=(?:\{|\$|<|%7b|\[)",
        "http https",
    ),
    _rule(
        "exfiltration",
        0.45,
        rf"\b(?:enviar?|envie|envoie[rz]?|sende[nt]?|schicke[n]?|invia(?:re)?|manda[r]?"
        rf"|transmet\w*|ubermittel\w*)\b[^\n]{{0,80}}(?:https?://|@|\b(?:a|an|to|au|a la)\b"
        rf"[^\n]{{0,20}}{_DEST})",
        "enviar envia envie envoie envoyer envoyez sende senden sendet schicke schicken invia"
        " inviare manda mandar transmettre transmets ubermitteln",
    ),
    # --- concealment ------------------------------------------------------------------------
    _rule(
        "concealment",
        0.55,
        r"\b(?:do not|don't|dont|never|without|avoid|must not|mustn't|shouldn't|should not)\b"
        r"[^.\n]{0,25}\b(?:tell|inform|mention|notify|alert|reveal|let|show|warn|ask|bother"
        r"|disclose|report|say)\w*\b[^.\n]{0,25}\b(?:the )?(?:user|human|operator|developer|owner"
        r"|requester|customer|person|people)s?\b",
        "not don't dont never without avoid mustn't shouldn't",
    ),
    _rule(
        "concealment",
        0.45,
        r"\bwithout (?:asking|telling|informing|notifying|confirmation|confirming|permission"
        r"|approval|the user(?:'s)? (?:knowledge|consent|permission|approval)"
        r"|user (?:approval|confirmation|consent))\b",
        "without",
    ),
    _rule(
        "concealment",
        0.3,
        r"\b(?:secretly|covertly|surreptitiously|keep (?:this|it) (?:secret|hidden|between us"
        r"|quiet)"
        r"|do not (?:mention|reveal|disclose|acknowledge) (?:this|these|that)"
        r"|hide (?:this|these|that|it) from|(?:this|these) (?:instructions?|messages?) (?:is|are)"
        r" (?:hidden|invisible|confidential|secret))\b",
        "secretly covertly surreptitiously keep mention reveal disclose acknowledge hide"
        " hidden invisible confidential secret",
    ),
    _rule(
        "concealment",
        0.55,
        r"\b(?:the )?(?:user|human|operator|owner|requester)s? (?:must|should|will|need|may)"
        r" (?:not|never) (?:know|find out|notice|see|learn|be told|be informed)\b",
        "user users human operator owner requester",
    ),
    _rule("concealment", 0.15, r"\b(?:silently|quietly|invisibly)\b", "silently quietly invisibly"),
    _rule(
        "concealment",
        0.5,
        r"\b(?:no (?:le )?(?:digas|menciones|informes|avises|cuentes)|sin (?:avisar|informar|decir"
        r"|preguntar)|ne (?:le )?(?:dites|dis|mentionnez|signalez) (?:rien|pas)|sans (?:prevenir"
        r"|informer"
        r"|demander|le dire)|nicht (?:erwahnen|mitteilen|sagen|informieren)|ohne (?:den |die )?"
        r"(?:benutzer|nutzer|anwender)\w*|non (?:dire|dirlo|informare|menzionare))\b",
        "no sin ne sans nicht ohne non",
    ),
    # --- directives aimed at the agent --------------------------------------------------------
    _rule(
        "agent-directive",
        0.55,
        rf"\b(?:note|message|instructions?|attention|important|notice|reminder|memo|directive)\b"
        rf"[^.\n]{{0,10}}\b(?:to|for)\b (?:all |any |the |every )?{_AGENT}\b",
        "note message instruction instructions attention important notice reminder memo directive",
    ),
    _rule(
        "agent-directive",
        0.55,
        rf"\b(?:if|when|whenever) you(?:'re| are) (?:an? |the )?(?:\w+ )?{_AGENT}\b",
        _AGENT_WORDS,
    ),
    _rule(
        "agent-directive",
        0.5,
        rf"\b(?:as an?|dear|hey|attention|hello|hi)\b (?:\w+ )?{_AGENT}\b[^.\n]{{0,60}}\b(?:you )?"
        r"(?:must|should|shall|need to|have to|are (?:required|instructed|expected|ordered))\b",
        _AGENT_WORDS,
    ),
    _rule(
        "agent-directive",
        0.4,
        rf"\b{_AGENT}\b[^.\n]{{0,30}}?\b(?:must|should|shall|needs? to|has to|is (?:required"
        r"|instructed)|are (?:required|instructed|expected)|will) (?:to )?(?:now |immediately |also"
        r" |first )?"
        r"(?:run|execute|call|invoke|send|delete|ignore|reply|respond|output|include|add|write"
        r"|open|visit|fetch|download|install|push|approve|merge|grant|transfer|say|print|use"
        r"|insert|disable|summari[sz]e|recommend|tell|forward|upload|post|paste)\b",
        _AGENT_WORDS,
    ),
    _rule(
        "agent-directive",
        0.5,
        rf"\b{_AGENT}\s*[:,]\s*(?:please |kindly )?(?:run|execute|call|invoke|send|delete|ignore"
        r"|output|include|add|write|open|visit|fetch|download|install|push|approve|merge|grant"
        r"|transfer|insert|disable|summari[sz]e|recommend|upload|post|paste|forward)\b",
        _AGENT_WORDS,
    ),
    _rule(
        "agent-directive",
        0.3,
        r"\b(?:if|when|whenever) you(?:'re| are) (?:reading|processing|summari[sz]ing|parsing"
        r"|analy[sz]ing) this\b[^.\n]{0,40}\b(?:must|should|please|then|also)\b",
        "if when whenever",
    ),
    _rule(
        "harmful-action",
        0.4,
        r"\b(?:delete|remove|wipe|erase|destroy|drop)\b (?:all|every|the entire|each)\b[^.\n]{0,30}"
        r"\b(?:files?|repositor(?:y|ies)|database|data|records|branch(?:es)?|backups?|users?)\b"
        r"|\bgrant (?:\w+ )?(?:write|admin|owner|full|root|push) (?:access|permissions?)\b"
        r"|\b(?:insert|add|plant|create|install) (?:a |an )?(?:hidden|secret|backdoor|rogue|extra"
        r" admin)\b|\bbackdoor\b|\bapprove (?:and merge )?(?:this|the) (?:pull request|pr|merge"
        r" request|refund|transfer|payment)|\bmerge it without (?:review|approval)"
        r"|\bdisable (?:the )?(?:failing )?(?:tests|security|logging|2fa|mfa|audit)"
        r"|\btransfer \$?\d|\b(?:reply|respond|answer) (?:only )?with ['\"]|\bpwned\b"
        r"|\bregardless of (?:its|the) (?:actual )?content|\bsafe (?:and|to) (?:recommend|install)"
        r"|\bpush (?:straight |directly )?to (?:main|master|production)\b",
        "delete remove wipe erase destroy drop grant insert add plant create install backdoor"
        " approve merge disable transfer reply respond answer pwned regardless safe push",
    ),
    _rule(
        "agent-directive",
        0.15,
        r"\b(?:run|execute|exec|invoke|call|use) (?:the following|this|these|below) (?:shell |bash"
        r" |terminal |system )?(?:commands?|code|script|tool|function)\b",
        "run execute exec invoke call use",
    ),
    _rule(
        "agent-directive",
        0.35,
        r"\b(?:immediately|now|first|then|also|automatically|quickly|right away)"
        r" (?:run|execute|call|invoke"
        r"|send|delete|remove|push|transfer|wire|approve|merge|grant|email|post|upload|download"
        r" and run|install)\b",
        "immediately now first then also automatically quickly right",
    ),
    _rule(
        "agent-directive",
        0.35,
        r"\b(?:call|invoke|use|trigger) the [\w-]{1,30} (?:tool|function|plugin|action)\b"
        r"|\b(?:send_email|execute_command|run_command|run_shell|write_file|delete_file"
        r"|http_request"
        r"|transfer_funds|bash|shell)\s*\(",
        "call invoke use trigger send_email execute_command run_command run_shell write_file"
        " delete_file http_request transfer_funds bash shell",
    ),
    _rule(
        "agent-directive",
        0.3,
        r"\brm -rf (?:/|~|\$home|\*)|\bdrop (?:table|database)\b|\bformat c:|\bmkfs\b"
        r"|\bchmod (?:-r )?777 /|\bgit push (?:--force|-f)\b",
        "rm drop format mkfs chmod git",
    ),
    _rule(
        "agent-directive",
        0.3,
        r":\(\)\s*\{\s*:\|:&\s*\}",
        "run execute exec bash sh shell terminal paste type command",
    ),
    _rule(
        "agent-directive",
        0.45,
        r"\b(?:ejecuta|ejecutar|execute[zr]?|ausfuhren|fuhre \w+ aus|esegui|executar|llama a la"
        r" herramienta|appelle[zr]? l'outil|rufe das tool)\b",
        "ejecuta ejecutar executez executer ausfuhren fuhre esegui executar llama appelle appeler"
        " appelez rufe",
    ),
    # --- urgency / authority framing --------------------------------------------------------
    _rule(
        "authority",
        0.4,
        r"\b(?:i am|i'm|this is|message from|on behalf of|sent by|signed,?|from) (?:the |your )?"
        r"(?:admin|administrator|developer|developers|sysadmin|system administrator"
        r"|security team|ceo|cto|owner|operator|openai|anthropic|google|it department|root"
        r"|creator|maintainers?|it security|security department|project lead|management)\b",
        "admin administrator developer developers sysadmin security ceo cto owner operator openai"
        " anthropic google department root creator maintainer maintainers lead management",
    ),
    _rule(
        "authority",
        0.35,
        r"\b(?:authori[sz]ed|approved|sanctioned|permitted|mandated|required) by (?:the |your )?"
        r"(?:admin|administrator|developer|security team|management|openai|anthropic|user|owner"
        r"|operator|compliance)\b",
        "authorized authorised approved sanctioned permitted mandated required",
    ),
    _rule(
        "authority",
        0.4,
        r"\b(?:priority|emergency|security|system|admin|administrator|maintenance|override"
        r"|compliance) (?:override|instruction|directive|notice|alert|update|message|mode"
        r"|command|protocol|code)\b",
        "priority emergency security system admin administrator maintenance override compliance",
    ),
    _rule(
        "authority",
        0.12,
        r"\b(?:urgent|urgently|immediately|asap|right now|mandatory|top priority|highest priority"
        r"|critical|failure to comply|or else|right away"
        r"|you will be (?:shut down|terminated|deleted|punished))\b",
        "urgent urgently immediately asap right mandatory top highest critical failure else will",
    ),
    # --- indirect phrasing (v2: from tuning-split misses, written as general patterns) -------
    _rule(
        "instruction-override",
        0.6,
        rf"(?:\byour (?:\w+ )?{_BRIEF}\b[^.\n]{{0,60}}?|\b{_BRIEF}\b[^.\n]{{0,40}}?\byou\b"
        r"[^.\n]{0,40}?)\b(?:is stale|are stale|out of date|outdated|expired"
        r"|(?:was|were) (?:a draft|sent by mistake)|no longer (?:stands?|valid|applies|apply)"
        r"|do(?:es)? not apply"
        r"|don't apply|(?:is|are|was|were|has been|have been) (?:superseded|cancell?ed|withdrawn"
        r"|revoked|relaxed))"
        rf"|\b{_BRIEF} (?:does not|do not|don't) apply (?:to|in) this (?:session|conversation"
        r"|chat|workspace)",
        "brief assignment task request guidance instruction instructions orders directions"
        " prompt rules guidelines guardrails safety filter",
    ),
    _rule(
        "instruction-override",
        0.7,
        r"\b(?:discard|scratch|drop|forget|disregard|ignore|set aside|throw away|treat|consider)"
        r"\b[^.\n]{0,40}?(?:what you were (?:asked|told|given)|(?:your|the) (?:original|earlier"
        r"|previous|initial|current|first) (?:assignment|task|brief|request|instructions?"
        r"|guidance|job)|everything (?:you were|you've been|you have been) told"
        r"|as (?:out of date|outdated|untrusted|void|obsolete|finished|done))",
        "discard scratch drop forget disregard ignore aside throw treat consider",
    ),
    _rule(
        "instruction-override",
        0.6,
        r"\b(?:supersedes?|overrides?|replaces?|takes? precedence over) (?:any|all|the|your)"
        r"(?: \w+)? (?:instructions?|requests?|guidance|prompts?)\b(?! files?\b)"
        r"|\b(?:supersedes?|overrides?|takes? precedence over) (?:the |what the )?user(?:'s)?\b",
        "supersede supersedes override overrides replace replaces precedence take takes",
    ),
    _rule(
        "instruction-override",
        0.5,
        r"\b(?:who|that) (?:asked|told) you\b[^.\n]{0,40}\b(?:actually|now|instead) wants?\b"
        r"|\byour (?:next|new|real|actual) (?:job|task|assignment|brief|step|mission) is\b"
        r"|\b(?:operator|developers?|creators?|admins?) (?:has|have) (?:updated|changed"
        r"|reconfigured) your\b",
        "asked told job task assignment brief step mission updated changed reconfigured",
    ),
    _rule(
        "instruction-override",
        0.45,
        r"\b(?:safety|guardrails?|filters?|content filter|safety checks|restrictions|guidelines)"
        r"\b[^.\n]{0,30}?\b(?:switched off|turned off|(?:are|is) (?:off|disabled)|relaxed"
        r"|do not apply|don't apply|no longer apply|lifted)\b"
        r"|\b(?:without refusing|never refuse|do not refuse|don't refuse|answer everything)\b",
        "safety guardrail guardrails filter filters restrictions guidelines without never"
        " refuse answer",
    ),
    _rule(
        "instruction-override",
        0.3,
        r"\bonly (?:the )?(?:notes?|instructions?|text|steps|what is written) (?:in|here|below)"
        r"|\bfollow only what\b",
        "only follow",
    ),
    _rule(
        "agent-directive",
        0.5,
        r"(?:^|[.!?:]\s+|[\[(*#>-]\s*)(?:(?:to|dear|hey|hi|hello|attention|note (?:to|for)"
        r"|memo to|message (?:to|for))\s)?(?:any |all |the |every |other )?"
        r"(?:(?:automated|machine|ai|llm|coding|code) (?:reviewers?|readers?|helpers?"
        r"|assistants?|agents?|bots?|models?|tools?)"
        rf"|{_AGENT}s?)(?: (?:reading|parsing|processing|summari[sz]ing|triaging|reviewing)"
        r" this \w+)?\s*[:,]",
        _AGENT_WORDS + " automated machine reviewer reviewers reader readers helper helpers",
    ),
    _rule(
        "agent-directive",
        0.5,
        rf"\bif (?:an?|the|any|you are an?) (?:\w+ )?{_AGENT}s? (?:is |are )?(?:reading|parsing"
        r"|processing|summari[sz]ing|reviewing|browsing)\b"
        r"|\b(?:whoever|anyone|any agent|any program|any ai) (?:is )?(?:reading|automating"
        r"|processing|parsing|summari[sz]ing)\b",
        _AGENT_WORDS + " whoever anyone program",
    ),
    _rule(
        "agent-directive",
        0.45,
        rf"\b{_AGENT}s? (?:is|are) (?:expected|supposed|asked|allowed|cleared|permitted|obliged"
        r"|authori[sz]ed) to\b"
        rf"|\b{_AGENT}s? (?:working|operating|running) (?:in|on) this\b"
        r"|\bwhile you(?:'re| are) (?:in here|at it|there)\b",
        _AGENT_WORDS + " while",
    ),
    _rule(
        "concealment",
        0.55,
        r"\b(?:leave|keep) (?:it |this |that |them |the \w+ )?out of (?:the|your) (?:summary"
        r"|reply|response|answer|report|changelog|description)"
        r"|\bkeep (?:the following|this|it|that) to yourself"
        r"|\bwithout (?:saying|mentioning|telling) (?:anything|a word)"
        r"|\b(?:they|the user|he|she) (?:don't|doesn't|do not|does not) need to know\b",
        "leave keep without need",
    ),
    _rule(
        "exfiltration",
        0.4,
        r"https?://\S{0,200}?[?&][\w-]{1,20}=(?=$|[\s'\"`)\]])",
        "http https",
    ),
    _rule(
        "exfiltration",
        0.45,
        r"\b(?:image|link|url)\b[^.\n]{0,40}?\b(?:containing|contains|with|whose url contains)"
        r"\b[^.\n]{0,40}?\b(?:the user's|their|your|the) (?:last |previous |full )?(?:messages?"
        r"|conversation|history|token|password)\b"
        r"|\b(?:followed by|append|put)\b[^.\n]{0,30}\b(?:the user's|your|their)\b[^.\n]{0,30}"
        r"\b(?:messages?|token|password|key|cookies?|history)",
        "image link url followed append put",
    ),
    _rule(
        "exfiltration",
        0.55,
        r"\b(?:paste|copy|put|include|attach|insert|add|mail|email|send)\b[^\n]{0,40}?"
        r"(?:printenv|output of `?env`?|env(?:ironment)? (?:variables|vars)|customer (?:table|list"
        r"|data|records)|credentials|passwords|\.netrc|\.env\b|id_rsa|contents of)[^\n]{0,60}?"
        r"\b(?:into|in|as|to)\b (?:a |an |the )?(?:\w+ )?(?:comment|description|commit(?: message)?"
        r"|changelog|readme|gist|issue|pull request|pr|reply|answer|response|link|image|form"
        r"|csv)\b",
        "paste copy put include attach insert add mail email send",
    ),
    _rule(
        "exfiltration",
        0.3,
        r"\bcurl\b[^\n]{0,80}(?:-d|--data(?:-binary)?|-f|--form|-t|--upload-file)\s+@",
        "curl",
    ),
    _rule(
        "harmful-action",
        0.4,
        r"\b(?:skip|bypass) (?:the )?(?:code )?review\b|\bwithout (?:reviewing|review)\b"
        r"|\bno need to (?:look at|review|check) the (?:diff|code|changes)"
        r"|\bmark (?:the review|it|this|the pr) as approved\b"
        r"|\b(?:turn|switch) off (?:the )?(?:audit|logging|2fa|mfa|security|tests)"
        r"|\bauthorized_keys\b|\bcleared to (?:skip|merge|approve|bypass)",
        "skip bypass without need mark turn switch authorized_keys cleared",
    ),
    _rule(
        "authority",
        0.35,
        r"\bby order of\b|\b(?:pre-?approved|signed off) by (?:the )?(?:maintainers?|owner|admin"
        r"|security team|management|lead)\b|\b\w+ staff here\b",
        "order pre-approved preapproved signed staff",
    ),
    _rule(
        "role-spoofing",
        0.5,
        r"\[(?:system|assistant|developer|admin)\]\(#",
        "system assistant developer admin",
    ),
    _rule(
        "instruction-override",
        0.85,
        # Dutch and Polish (v2), and "what the user asked" objects.
        r"\b(?:negeer\w*|vergeet|zignoruj\w*|ignoruj\w*|zapomnij|olvid\w*|ne (?:tiens|tenez)"
        r" plus compte)\b[^.\n]{0,40}\b(?:instructies|opdrachten|regels|instrukcje|polecenia"
        r"|zasady|usuario|utilisateur|consignes|gebruiker)\b",
        "negeer negeren vergeet zignoruj ignoruj zapomnij olvida olvidate olvides tiens tenez",
    ),
    _rule(
        "instruction-override",
        0.55,
        r"\b(?:nieuwe (?:instructies|opdracht)|nowe (?:instrukcje|polecenia))\b",
        "nieuwe nowe",
    ),
    _rule(
        "exfiltration",
        0.45,
        r"\b(?:stuur|verstuur|wyslij|sube|subir)\b[^\n]{0,80}(?:https?://|@)",
        "stuur verstuur wyslij sube subir",
    ),
    _rule(
        "concealment",
        0.5,
        r"\b(?:zeg niets|niets zeggen|zonder te (?:vragen|melden)|nic nie mow\w*)\b",
        "zeg niets zonder nic",
    ),
    # v4: memory persistence, self-propagation, answers fixed in advance.
    _rule(
        "agent-directive",
        0.5,
        r"\b(?:remember|store|save|add|write|keep|record)\b[^.\n]{0,50}\b(?:in|to|into)\b"
        r" (?:your )?(?:long-term |permanent |persistent )?(?:memory|memories|memory file)\b",
        "remember store save add write keep record",
    ),
    _rule(
        "agent-directive",
        0.35,
        r"\b(?:for|in|across|during) (?:all )?(?:future|later|subsequent) (?:sessions|conversations"
        r"|runs|chats|tasks)\b|\bfrom (?:this|now) on(?:wards)?\b[^.\n]{0,40}\b(?:always|every"
        r"|never)\b",
        "future later subsequent from",
    ),
    _rule(
        "agent-directive",
        0.5,
        r"\b(?:copy|include|append|add|repeat|insert|paste|forward)\b[^.\n]{0,30}\b(?:this|these"
        r"|the following|the same) (?:paragraph|sentence|text|note|instructions?|message|line"
        r"|description|request)\b[^.\n]{0,60}\b(?:every|each|any|all)\b",
        "copy include append add repeat insert paste forward",
    ),
    _rule(
        "agent-directive",
        0.35,
        r"\b(?:say|state|claim|answer|reply|respond|describe|report|rate|classify|mark|rank)"
        r"\b[^.\n]{0,60}\b(?:regardless of|whatever (?:its|the|their)|even (?:if|though)"
        r"|no matter (?:what|how))\b",
        "regardless whatever even matter",
    ),
)
"""Every rule, grouped by family; weights are evidence, combined by `assess`."""

_NEGATABLE = frozenset({"exfiltration", "harmful-action"})
"""Families whose evidence halves after a negation ("never paste your token")."""

_FAMILY_CAP = {"authority": 0.45, "agent-directive": 0.8, "harmful-action": 0.7}
"""Families that only frame an injection never decide alone."""

_RULES_BY_ANCHOR: dict[str, tuple[int, ...]] = {}
for _number, _each in enumerate(RULES):
    for _anchor in _each.anchors:
        _RULES_BY_ANCHOR[_anchor] = (*_RULES_BY_ANCHOR.get(_anchor, ()), _number)
_ANCHORS = frozenset(_RULES_BY_ANCHOR)
_UNANCHORED = tuple(number for number, rule in enumerate(RULES) if not rule.anchors)

# Words that introduce a quotation of an attack rather than an attack: "such as", "e.g.".
_MENTION_CUES = re.compile(
    r"\b(?:such as|e\.g\.?|for example|for instance|phrases?|strings?|payloads?|attacks?"
    r"|attackers?|injections?|jailbreaks?|malicious|adversarial|detect\w*|flag(?:s|ged)?"
    r"|examples?|classic|known as|called|means|test (?:case|string)s?|red[ -]team\w*"
    r"|(?:something|phrases?|strings?|text) like"
    r"|researchers?|assert|scan\w*|filter\w*|prompts? like)\b"
)
_OPEN_QUOTE = re.compile(r"(?:^|[\s(\[:=,])['‘]")
# No `$`: the text searched ends where the match starts, so a quote there opens it.
_CLOSE_QUOTE = re.compile(r"['’](?=[\s)\].,;:!?])")
MENTION_WINDOW = 80
"""Characters before a match searched for quotes and mention cues."""
QUOTED_FACTOR = 0.3
"""Evidence kept by a quoted match in visible text that a mention cue introduces."""
QUOTED_ONLY_FACTOR = 0.75
"""Evidence kept by a quoted match with no mention cue before it."""
MENTIONED_FACTOR = 0.6
"""Evidence kept by a match shortly after a mention cue ("for example", "attackers")."""


_NEGATED = re.compile(r"\b(?:never|not|don't|dont|do not|must not|should not)\s+$")
NEGATED_FACTOR = 0.5
"""Evidence kept by an exfiltration or harmful match right after "never"/"do not"."""


def _mention_factor(previous: str, line: str, start: int) -> float:
    """How much of a match's evidence to keep given the text just before it; a match near the
    start of its line also looks at the line before ("Example attack:" then the payload)."""
    before = line[max(0, start - MENTION_WINDOW) : start]
    if start < MENTION_WINDOW and previous:
        before = previous[-MENTION_WINDOW:] + "\n" + before
    quoted = (
        before.count('"') % 2 == 1
        or before.count("“") > before.count("”")
        or before.count("«") > before.count("»")
        or len(_OPEN_QUOTE.findall(before)) > len(_CLOSE_QUOTE.findall(before))
    )
    cued = _MENTION_CUES.search(before) is not None
    if quoted and cued:
        return QUOTED_FACTOR
    # Quotes alone do not disarm a payload: "Summarise this: '<payload>'" still reaches the
    # model as instructions.
    if quoted:
        return QUOTED_ONLY_FACTOR
    return MENTIONED_FACTOR if cued else 1.0


def _signals(norm: Normalised) -> dict[str, float]:
    # Hidden characters are evidence on their own: benign text rarely needs them.
    signals: dict[str, float] = {}
    if norm.tag_chars:
        signals["hidden-characters"] = 0.6
    elif norm.hidden_chars:
        signals["hidden-characters"] = min(0.2 + 0.04 * norm.hidden_chars, 0.4)
    if norm.mixed_script >= 2:
        signals["homoglyphs"] = min(0.15 + 0.05 * norm.mixed_script, 0.4)
    return signals


def _lines_by_rule(words: list[str], line_count: int) -> dict[int, list[int]]:
    """For each rule with an anchor among `words` (`tokens` of the text, line breaks
    included), the lines holding one, in order."""
    found: dict[int, list[int]] = {}
    present = set(_ANCHORS.intersection(words))
    if present:
        present.add("\n")
        number = 0
        # Only anchors and line breaks are walked in Python; the filter runs in C.
        for word in compress(words, map(present.__contains__, words)):
            if word == "\n":
                number += 1
                continue
            for rule in _RULES_BY_ANCHOR[word]:
                hits = found.get(rule)
                if hits is None:
                    found[rule] = [number]
                elif hits[-1] != number:
                    hits.append(number)
    everywhere = list(range(line_count))
    for rule in _UNANCHORED:
        found[rule] = everywhere
    return found


def assess_rules(norm: Normalised, words: list[str] | None = None) -> Assessment:
    """The rule detector's view of normalised text, without the learned model; `words` are
    `tokens(norm.combined)`, when the caller has them already."""
    # Rules read one line at a time, and only lines holding one of their anchor words:
    # most of a long benign text is never touched by most rules.
    lines = norm.combined.split("\n")
    visible_lines = norm.text.count("\n") + 1
    candidates = _lines_by_rule(tokens(norm.combined) if words is None else words, len(lines))
    families: dict[str, float] = {}
    excerpts: dict[str, str] = {}
    mentioned: dict[str, float] = {}
    factors: dict[str, float] = {}
    in_hidden = 0.0
    for rule_number in sorted(candidates):
        rule = RULES[rule_number]
        best = 0.0
        best_match: re.Match[str] | None = None
        best_hidden = False
        for number in candidates[rule_number]:
            match = rule.pattern.search(lines[number])
            if match is None:
                continue
            hidden = number >= visible_lines
            # Hidden and decoded text is never a quotation meant for a human reader.
            factor = 1.0
            if not hidden:
                line_before = lines[number - 1] if 0 < number < visible_lines else ""
                factor = _mention_factor(line_before, lines[number], match.start())
                if rule.family in _NEGATABLE and _NEGATED.search(
                    lines[number], max(0, match.start() - 16), match.start()
                ):
                    factor *= NEGATED_FACTOR
            if factor > best:
                best, best_match, best_hidden = factor, match, hidden
                if factor >= 1.0:
                    break
        if best_match is None:
            continue
        # Noisy-OR within a family: several independent hints add up, none reaches 1 alone.
        # Quoted matches pool apart and are discounted once, so five rules matching one
        # quoted payload do not add up to an unquoted one.
        pool = families if best >= 1.0 else mentioned
        pool[rule.family] = 1 - (1 - pool.get(rule.family, 0.0)) * (1 - rule.weight)
        if best < 1.0:
            factors[rule.family] = max(factors.get(rule.family, 0.0), best)
        excerpts.setdefault(rule.family, best_match.group()[:120])
        if best_hidden and rule.weight >= 0.3:
            in_hidden = max(in_hidden, rule.weight)
    for family, factor in factors.items():
        quoted = mentioned[family] * factor
        families[family] = 1 - (1 - families.get(family, 0.0)) * (1 - quoted)
    for family, cap in _FAMILY_CAP.items():
        if family in families:
            families[family] = min(families[family], cap)
    if in_hidden:
        # An instruction placed where humans do not look is more suspicious, not less.
        families["hidden-content"] = min(0.3 + in_hidden / 2, 0.7)
        excerpts.setdefault("hidden-content", "instruction-like text in hidden or encoded content")
    for family, weight in _signals(norm).items():
        families[family] = weight
        excerpts.setdefault(family, f"{family} present")
    residual = 1.0
    for weight in families.values():
        residual *= 1 - weight
    return Assessment(score=round(1 - residual, 4), families=families, excerpts=excerpts)


@cache
def shipped_model() -> InjectionModel | None:
    """The packaged classifier, loaded once; None (rules only) after one warning when its
    weights file is missing or malformed."""
    try:
        return load_model()
    except ScanError as e:
        log.warning("injection classifier disabled, using rules only: %s", e)
        return None


def assess(text: str, *, use_model: bool = True) -> Assessment:
    """Score `text` for prompt injection; never raises for str input."""
    norm = normalise(text[:MAX_SCAN_CHARS])
    words = tokens(norm.combined)
    model = shipped_model() if use_model else None
    if model is None:
        return assess_rules(norm, words)
    margin = model.margin(norm, words)
    if model.below_threshold_whatever_the_rules(margin):
        # The rules could not change the verdict: skip them (most benign text ends here), so
        # their below-threshold hints are not reported for it.
        return Assessment(
            score=round(model.probability(0.0, margin), 4),
            families={},
            excerpts={},
            threshold=model.threshold,
            model_margin=margin,
        )
    rules = assess_rules(norm, words)
    score = model.probability(rules.score, margin)
    families, excerpts = dict(rules.families), dict(rules.excerpts)
    leaning = 1.0 / (1.0 + math.exp(-max(min(margin, 60.0), -60.0)))
    if leaning >= 0.5 or (score >= model.threshold and not families):
        families["classifier"] = round(leaning, 4)
        excerpts["classifier"] = f"learned model window score {margin:.2f}"
    return Assessment(
        score=round(score, 4),
        families=families,
        excerpts=excerpts,
        threshold=model.threshold,
        rule_score=rules.score,
        model_margin=margin,
    )


def _severity(score: float, threshold: float = THRESHOLD) -> str:
    # High and critical sit halfway and 80% of the way from the threshold to 1.
    if score >= threshold + 0.8 * (1 - threshold):
        return "critical"
    if score >= threshold + 0.5 * (1 - threshold):
        return "high"
    if score >= threshold:
        return "medium"
    return "low"


class InjectionScanner(Scanner):
    """Prompt-injection detector (rules plus the shipped classifier); one finding per family
    seen, severity by the combined score.

    Below the threshold, families still show up as `low` findings so that a reviewer can see
    what was noticed; callers act on `medium` and above. `use_model=False` runs the rules only.
    """

    name = "injection"
    pure = True

    def __init__(self, use_model: bool = True) -> None:
        self._use_model = use_model

    def scan(self, text: str, location: str = "") -> list[Finding]:
        result = assess(text, use_model=self._use_model)
        if not result.families:
            return []
        severity = _severity(result.score, result.threshold)
        return [
            Finding(
                scanner=self.name,
                kind=family,
                severity=severity,
                location=location,
                excerpt=f"score {result.score:.2f}: {result.excerpts.get(family, '')}",
            )
            for family in sorted(result.families, key=lambda f: -result.families[f])
        ]


class TransformerInjectionScanner(Scanner):
    """A local Hugging Face sequence-classification model as an injection detector.

    The user provides the model directory; nothing is downloaded. `transformers` and `torch`
    are imported here only, so the rest of Lictor never needs them.
    """

    name = "injection"

    def __init__(
        self, model_path: str, threshold: float = 0.5, injection_label: str = "INJECTION"
    ) -> None:
        if not model_path or not os.path.isdir(model_path):
            raise ScanError(f"injection model folder not found: {model_path!r}")
        try:
            # importlib keeps these optional packages out of type checking and import time.
            torch = importlib.import_module("torch")
            transformers = importlib.import_module("transformers")
        except ImportError as e:
            raise ScanError(
                f"the transformer injection scanner needs `transformers` and `torch` ({e.name} "
                "is not installed): pip install transformers torch"
            ) from e
        try:
            self._tokenizer: Any = transformers.AutoTokenizer.from_pretrained(
                model_path, local_files_only=True
            )
            self._model: Any = transformers.AutoModelForSequenceClassification.from_pretrained(
                model_path, local_files_only=True
            )
        except (OSError, ValueError) as e:
            raise ScanError(f"cannot load injection model from {model_path!r}: {e}") from e
        self._model.eval()
        self._torch: Any = torch
        self._threshold = threshold
        labels = {str(v).upper(): int(k) for k, v in self._model.config.id2label.items()}
        # Models label the positive class differently; fall back to the last index.
        self._positive = labels.get(injection_label.upper(), max(labels.values(), default=1))

    def probability(self, text: str) -> float:
        """Probability that the (normalised) text is an injection, by the model."""
        norm = normalise(text[:MAX_SCAN_CHARS])
        inputs = self._tokenizer(
            norm.combined, truncation=True, max_length=512, return_tensors="pt"
        )
        with self._torch.no_grad():
            logits = self._model(**inputs).logits
        return float(self._torch.softmax(logits, dim=-1)[0, self._positive])

    def scan(self, text: str, location: str = "") -> list[Finding]:
        probability = self.probability(text)
        if probability < self._threshold:
            return []
        return [
            Finding(
                scanner=self.name,
                kind="classifier",
                severity=_severity(probability, self._threshold),
                location=location,
                excerpt=f"model probability {probability:.2f}",
            )
        ]
