"""What a check of the import log (``district.db.LogCheck``, made with the district's key) means, in the words
the dashboard and the audit's result both use: whole and signed, whole but written by release 0.1 before
signing began (it is signed from the next write on), or not to be trusted — and from which entry."""

from __future__ import annotations

from typing import Any, NamedTuple

from .common import BAD, GOOD, MUTED, WARN, tr


class LogStatus(NamedTuple):
    short: str  # for the dashboard's card
    colour: str
    sentence: str  # a whole sentence, for the audit's result and the dashboard's warning
    trusted: bool


def log_status(check: Any) -> LogStatus:
    if not check.ok:
        if check.first_bad is not None:
            short = tr("第 {n} 条起被改动过（哈希链断开）").replace("{n}", str(check.first_bad))
        elif check.bad_seal is not None:
            short = tr("第 {n} 条的区县签名不符").replace("{n}", str(check.bad_seal))
        elif check.unsealed is not None:
            short = tr("第 {n} 条起没有区县签名").replace("{n}", str(check.unsealed))
        else:
            short = check.message
        return LogStatus("⚠ " + tr("不可信：{reason}").replace("{reason}", short), BAD, check.message, False)
    if not check.entries:
        return LogStatus(tr("尚无记录；导入报告包、名单或核准密钥时写入并签名"), MUTED,
                         tr("导入日志尚无记录；导入报告包、名单或核准密钥时写入并签名"), True)
    if not check.sealed:
        text = tr("哈希链完整，但尚未签名（旧版软件建立的数据库）；下次导入报告包、导入名单或核准密钥时开始签名")
        return LogStatus(text, WARN, _counted(check, text), True)
    if check.sealed < check.entries:
        text = (tr("哈希链完整；后 {sealed} 条经区县签名核对，前 {old} 条为旧版软件写入（无签名）")
                .replace("{sealed}", str(check.sealed)).replace("{old}", str(check.entries - check.sealed)))
        return LogStatus("✓ " + text, GOOD, _counted(check, text), True)
    text = tr("哈希链完整，{n} 条全部经区县签名核对").replace("{n}", str(check.entries))
    sentence = (tr("导入日志：{status}（末条 {head}…）").replace("{head}", check.head[:16]) if check.head
                else tr("导入日志：{status}"))
    return LogStatus("✓ " + text, GOOD, sentence.replace("{status}", text), True)


def _counted(check: Any, text: str) -> str:
    return tr("导入日志共 {n} 条记录：{status}").replace("{n}", str(check.entries)).replace("{status}", text)
