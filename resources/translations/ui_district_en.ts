<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>核查已取消</source>
        <translation>Audit cancelled</translation>
    </message>
    <message>
        <source>核查通过</source>
        <translation>Audit passed</translation>
    </message>
    <message>
        <source>核查发现 {n} 处问题</source>
        <translation>Audit found {n} problems</translation>
    </message>
    <message>
        <source>已重新处理 {n} 条日志记录后取消；未作任何结论，请重新核查。</source>
        <translation>Cancelled after reprocessing {n} log entries; no conclusion was drawn. Please run the audit again.</translation>
    </message>
    <message>
        <source>已用原始报告包、名单文件和导入日志重新建立数据库并逐项比对：{s} 个报告包，{e} 条日志记录。</source>
        <translation>The database was rebuilt from the original report packages, roster files and import log and compared item by item: {s} report packages, {e} log entries.</translation>
    </message>
    <message>
        <source>数据库中的每一项都能由这些证据重新得出。</source>
        <translation>Every item in the database can be derived again from this evidence.</translation>
    </message>
    <message>
        <source>下列各处与证据不符：数据库在本软件之外被改动过，或证据缺失。改动前的数值以“按原始证据应为”为准；请保存核查报告，并查明是谁、何时改动了数据库。</source>
        <translation>The items below do not match the evidence: the database was changed outside this software, or evidence is missing. The value &quot;according to the original evidence&quot; is the one that counts; please save the audit report and find out who changed the database, and when.</translation>
    </message>
    <message>
        <source>区县数据库核查报告</source>
        <translation>District database audit report</translation>
    </message>
    <message>
        <source>区县：{district}</source>
        <translation>District: {district}</translation>
    </message>
    <message>
        <source>数据库：{path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>核查时间：{time}</source>
        <translation>Audited at: {time}</translation>
    </message>
    <message>
        <source>结果：{headline}</source>
        <translation>Result: {headline}</translation>
    </message>
    <message>
        <source>问题（{n} 处）</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <source>说明（核查的局限，不是问题）</source>
        <translation>Notes (limits of the audit, not problems)</translation>
    </message>
    <message>
        <source>{district}-核查报告-{time}.txt</source>
        <translation>{district}-audit-report-{time}.txt</translation>
    </message>
    <message>
        <source>{label}：{values}</source>
        <translation>{label}: {values}</translation>
    </message>
    <message>
        <source>参照值 {t}%</source>
        <translation>Reference {t}%</translation>
    </message>
    <message>
        <source>目标 {t}%</source>
        <translation>Target {t}%</translation>
    </message>
    <message>
        <source>全部企业</source>
        <translation>All enterprises</translation>
    </message>
    <message>
        <source>重点企业</source>
        <translation>Key enterprises</translation>
    </message>
    <message>
        <source>未达三星</source>
        <translation>Below 3-star</translation>
    </message>
    <message>
        <source>三星</source>
        <translation>3-star</translation>
    </message>
    <message>
        <source>四星</source>
        <translation>4-star</translation>
    </message>
    <message>
        <source>五星</source>
        <translation>5-star</translation>
    </message>
    <message>
        <source>南通核心指标</source>
        <translation>Nantong core indicators</translation>
    </message>
    <message>
        <source>工信部评测</source>
        <translation>MIIT assessment</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>未达到一级</source>
        <translation>Below Level 1</translation>
    </message>
    <message>
        <source>一级</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>二级</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>三级</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <source>四级</source>
        <translation>Level 4</translation>
    </message>
    <message>
        <source>{n}星</source>
        <translation>{n}-star</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
    </message>
    <message>
        <source>重点</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>数控化率</source>
        <translation>CNC rate</translation>
    </message>
    <message>
        <source>经营管理数字化</source>
        <translation>Digital mgmt</translation>
    </message>
    <message>
        <source>研发设计工具</source>
        <translation>R&amp;D tools</translation>
    </message>
    <message>
        <source>上云估计</source>
        <translation>Cloud (est.)</translation>
    </message>
    <message>
        <source>已获评</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>评测等级</source>
        <translation>MIIT level</translation>
    </message>
    <message>
        <source>评测得分</source>
        <translation>MIIT score</translation>
    </message>
    <message>
        <source>当年完成项目</source>
        <translation>Projects this year</translation>
    </message>
    <message>
        <source>报送情况</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>受理状态</source>
        <translation>Receipt status</translation>
    </message>
    <message>
        <source>评估期</source>
        <translation>Assessment period</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>规模</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>最近导入</source>
        <translation>Last import</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>本年度南通核心指标报送中的数值；绿色达到规划目标，红色未达到</source>
        <translation>The figure in this year&apos;s Nantong core indicators submission; green meets the plan target, red does not</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>不完整（缺{missing}）</source>
        <translation>Incomplete (missing {missing})</translation>
    </message>
    <message>
        <source>完整</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>含不可见字符，以 ⟦U+…⟧ 写出：{text}</source>
        <translation>Contains invisible characters, written out as ⟦U+...⟧: {text}</translation>
    </message>
    <message>
        <source>第 {n} 条起被改动过（哈希链断开）</source>
        <translation>Changed from entry {n} on (hash chain broken)</translation>
    </message>
    <message>
        <source>第 {n} 条的区县签名不符</source>
        <translation>District signature of entry {n} does not match</translation>
    </message>
    <message>
        <source>第 {n} 条起没有区县签名</source>
        <translation>No district signature from entry {n} on</translation>
    </message>
    <message>
        <source>不可信：{reason}</source>
        <translation>Not trustworthy: {reason}</translation>
    </message>
    <message>
        <source>导入日志尚无记录；导入报告包、名单或核准密钥时写入并签名</source>
        <translation>The import log has no entries yet; entries are written and signed when report packages or a roster are imported or keys approved</translation>
    </message>
    <message>
        <source>导入日志：{status}（末条 {head}…）</source>
        <translation>Import log: {status} (last entry {head}...)</translation>
    </message>
    <message>
        <source>导入日志：{status}</source>
        <translation>Import log: {status}</translation>
    </message>
    <message>
        <source>导入日志共 {n} 条记录：{status}</source>
        <translation>Import log, {n} entries: {status}</translation>
    </message>
    <message>
        <source>尚无记录；导入报告包、名单或核准密钥时写入并签名</source>
        <translation>No entries yet; written and signed when report packages or a roster are imported or keys approved</translation>
    </message>
    <message>
        <source>哈希链完整，但尚未签名（旧版软件建立的数据库）；下次导入报告包、导入名单或核准密钥时开始签名</source>
        <translation>Hash chain intact, but not signed yet (a database created by an older release); signing starts with the next import of report packages or a roster, or the next key approval</translation>
    </message>
    <message>
        <source>哈希链完整；后 {sealed} 条经区县签名核对，前 {old} 条为旧版软件写入（无签名）</source>
        <translation>Hash chain intact; the last {sealed} entries checked against the district signature, the first {old} written by an older release (unsigned)</translation>
    </message>
    <message>
        <source>哈希链完整，{n} 条全部经区县签名核对</source>
        <translation>Hash chain intact; all {n} entries checked against the district signature</translation>
    </message>
    <message>
        <source>&#x3000;</source>
        <translation> · </translation>
    </message>
    <message>
        <source>已核对原文</source>
        <translation>Checked against the original</translation>
    </message>
    <message>
        <source>转引，原文未核对</source>
        <translation>Quoted, original not checked</translation>
    </message>
    <message>
        <source>未证实</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <source>未注明</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{first}—{year}年累计</source>
        <translation>{first}–{year} cumulative</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>窗口已关闭，文件未保存</source>
        <translation>The window was closed; the file was not saved</translation>
    </message>
    <message>
        <source>窗口已关闭，报告未保存</source>
        <translation>The window was closed; the report was not saved</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>智改数转汇总</source>
        <translation>ITDT summary</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>企业明细</source>
        <translation>Enterprise details</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>导出汇总 PDF</source>
        <translation>Export summary PDF</translation>
    </message>
    <message>
        <source>CSV 供其他系统读取；查看、打印和报市里请用 Excel 工作簿（.xlsx）。Excel、WPS 双击即可打开（文件为带 BOM 的 UTF-8）；LibreOffice 打开时会出现“文本导入”对话框，确认字符集为“Unicode (UTF-8)”后点“确定”。统一社会信用代码前有一个制表符，使表格软件把代码当作文本、不改成科学计数法；导入其他系统时请去掉它。</source>
        <translation>The CSV is for other systems to read; to view, print or report to the city, use the Excel workbook (.xlsx). Excel and WPS open it with a double-click (the file is UTF-8 with a BOM); LibreOffice shows a &quot;Text Import&quot; dialog: check that the character set is &quot;Unicode (UTF-8)&quot; and click &quot;OK&quot;. Each unified social credit code has a tab character in front so that spreadsheets keep it as text instead of turning it into scientific notation; remove it when importing into another system.</translation>
    </message>
    <message>
        <source>{district}-{year}年-{name}</source>
        <translation>{district}-{year}-{name}</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>数值异常</source>
        <translation>Implausible figure</translation>
    </message>
    <message>
        <source>不在名单中</source>
        <translation>Not on roster</translation>
    </message>
    <message>
        <source>信用代码属其他地区</source>
        <translation>USCC of another area</translation>
    </message>
    <message>
        <source>名称含不可见字符</source>
        <translation>Invisible characters in name</translation>
    </message>
    <message>
        <source>待核准</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已核准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>问卷</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>登记的密钥指纹</source>
        <translation>Registered key fingerprint</translation>
    </message>
    <message>
        <source>新密钥指纹</source>
        <translation>New key fingerprint</translation>
    </message>
    <message>
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{questionnaire} {period}：{result}</source>
        <translation>{questionnaire} {period}: {result}</translation>
    </message>
    <message>
        <source>未能核准，请重试</source>
        <translation>Could not approve. Please try again</translation>
    </message>
    <message>
        <source>新报送</source>
        <translation>New submission</translation>
    </message>
    <message>
        <source>更新版本</source>
        <translation>Newer version</translation>
    </message>
    <message>
        <source>旧版本</source>
        <translation>Older version</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>待核准密钥</source>
        <translation>Key to approve</translation>
    </message>
    <message>
        <source>非本区县</source>
        <translation>Other district</translation>
    </message>
    <message>
        <source>验证未通过</source>
        <translation>Verification failed</translation>
    </message>
    <message>
        <source>文件损坏</source>
        <translation>File damaged</translation>
    </message>
    <message>
        <source>版本不支持</source>
        <translation>Version not supported</translation>
    </message>
    <message>
        <source>内容冲突</source>
        <translation>Conflicting content</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>新报送，已导入</source>
        <translation>New submission, imported</translation>
    </message>
    <message>
        <source>更新版本，已导入（旧版本保留在历史中）</source>
        <translation>Newer version, imported (the older version is kept in the history)</translation>
    </message>
    <message>
        <source>旧版本：已有更新的报送，仅存入历史，不计入统计</source>
        <translation>Older version: a newer submission exists; kept in the history only, not counted</translation>
    </message>
    <message>
        <source>重复：此报告包已导入过，未作任何改变</source>
        <translation>Duplicate: this report package was imported before; nothing changed</translation>
    </message>
    <message>
        <source>企业签名密钥与登记的不同，待核对盖章纸质报告后核准</source>
        <translation>The enterprise&apos;s signing key differs from the registered one; to be approved after checking the stamped paper report</translation>
    </message>
    <message>
        <source>不是本区县的报告包</source>
        <translation>Not a report package for this district</translation>
    </message>
    <message>
        <source>验证未通过：内容被修改，或与签名、计分不符</source>
        <translation>Verification failed: the content was changed, or does not match its signature or scores</translation>
    </message>
    <message>
        <source>文件损坏或不完整（可能没有复制完整）</source>
        <translation>File damaged or incomplete (perhaps not copied completely)</translation>
    </message>
    <message>
        <source>问卷或格式版本本软件不支持，请升级软件</source>
        <translation>This software does not support the questionnaire or format version; please update the software</translation>
    </message>
    <message>
        <source>与已导入的同一版本报送内容不同，未导入</source>
        <translation>Content differs from the same version of the submission already imported; not imported</translation>
    </message>
    <message>
        <source>无法读取文件</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <source>核验此文件时程序出错，未导入</source>
        <translation>The program failed while verifying this file; not imported</translation>
    </message>
    <message>
        <source>新报送，将导入</source>
        <translation>New submission, will be imported</translation>
    </message>
    <message>
        <source>更新版本，将导入（旧版本保留在历史中）</source>
        <translation>Newer version, will be imported (the older version is kept in the history)</translation>
    </message>
    <message>
        <source>旧版本：已有更新的报送，将仅存入历史</source>
        <translation>Older version: a newer submission exists; will be kept in the history only</translation>
    </message>
    <message>
        <source>报告包编号与已导入的另一份报送重复，未导入</source>
        <translation>Report package ID duplicates another submission already imported; not imported</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>{label}：{message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <source>&#x3000;&#x3000;</source>
        <translation>&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;</translation>
    </message>
    <message>
        <source>请选择区县密钥文件（.zgszdistrict）</source>
        <translation>Please choose the district key file (.zgszdistrict)</translation>
    </message>
    <message>
        <source>无法创建文件夹 {folder}（{error}）</source>
        <translation>Cannot create the folder {folder} ({error})</translation>
    </message>
    <message>
        <source>已受理 {name} {period} 的报送。</source>
        <translation>Accepted the {period} submission of {name}.</translation>
    </message>
    <message>
        <source>已退回 {name} {period} 的报送（{n} 条理由）。</source>
        <translation>Returned the {period} submission of {name} for correction ({n} reasons).</translation>
    </message>
    <message>
        <source>点“生成回执…”写出回执文件发给企业。</source>
        <translation> Click &quot;Write receipts...&quot; to write the receipt files to send to the enterprises.</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>经办人姓名（写入回执，企业据此联系）：</source>
        <translation>Name of the clerk in charge (written in the receipt, so the enterprise knows whom to contact):</translation>
    </message>
    <message>
        <source>选择保存回执的文件夹</source>
        <translation>Choose the folder for the receipts</translation>
    </message>
    <message>
        <source>没有需要生成回执的决定：已受理或退回的报送都已生成过回执。</source>
        <translation>No decisions need a receipt: every accepted or returned submission already has one.</translation>
    </message>
    <message>
        <source>已生成 {n} 份回执，保存在 {folder}。文件夹中的区县文件（.zgszkey）可一并发给企业，用于核对回执。</source>
        <translation>{n} receipts written to {folder}. The district file (.zgszkey) in the folder can be sent to the enterprises with them, to check the receipts.</translation>
    </message>
    <message>
        <source>正在生成回执…</source>
        <translation>Writing receipts...</translation>
    </message>
    <message>
        <source>生成回执</source>
        <translation>Write receipts</translation>
    </message>
    <message>
        <source>&lt;b&gt;受理与回执&lt;/b&gt;（{period}）</source>
        <translation>&lt;b&gt;Decisions and receipts&lt;/b&gt; ({period})</translation>
    </message>
    <message>
        <source>（当前）</source>
        <translation> (current)</translation>
    </message>
    <message>
        <source>{title}{current}：{decision}</source>
        <translation>{title}{current}: {decision}</translation>
    </message>
    <message>
        <source>{question}：{old} → {new}</source>
        <translation>{question}: {old} → {new}</translation>
    </message>
    <message>
        <source>整体意见</source>
        <translation>General note</translation>
    </message>
    <message>
        <source>退回理由 · {question}：{reason}</source>
        <translation>Reason for return · {question}: {reason}</translation>
    </message>
    <message>
        <source>整体意见：{note}</source>
        <translation>Overall note: {note}</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>To correct</translation>
    </message>
    <message>
        <source>题号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>题目</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>企业的回答</source>
        <translation>Enterprise&apos;s answer</translation>
    </message>
    <message>
        <source>理由（写给企业）</source>
        <translation>Reason (for the enterprise)</translation>
    </message>
    <message>
        <source>导出对标文件</source>
        <translation>Export benchmark file</translation>
    </message>
    <message>
        <source>{district}_{period}_同行对标.zgszbench</source>
        <translation>{district}_{period}_peer-comparison.zgszbench</translation>
    </message>
    <message>
        <source>对标文件 (*.zgszbench)</source>
        <translation>Benchmark files (*.zgszbench)</translation>
    </message>
    <message>
        <source>已导出对标文件 {file}：只含各分组的分位数，不含任何企业的名称或数值，可发给本区县企业。</source>
        <translation>Benchmark file {file} exported: it holds only each group&apos;s quantiles (cut-off values such as the median), never any enterprise&apos;s name or figures, and can be sent to the district&apos;s enterprises.</translation>
    </message>
    <message>
        <source>已导出对标文件 {file}。</source>
        <translation>Benchmark file {file} exported.</translation>
    </message>
    <message>
        <source>正在导出对标文件…</source>
        <translation>Exporting the benchmark file...</translation>
    </message>
    <message>
        <source>导出区县汇总包</source>
        <translation>Export district summary package</translation>
    </message>
    <message>
        <source>{district}_{period}_汇总.zgszsummary</source>
        <translation>{district}_{period}_summary.zgszsummary</translation>
    </message>
    <message>
        <source>区县汇总包 (*.zgszsummary)</source>
        <translation>District summary packages (*.zgszsummary)</translation>
    </message>
    <message>
        <source>已导出区县汇总包 {file}（已先核查数据库），请报送市工信局。</source>
        <translation>District summary package {file} exported (after auditing the database). Please send it to the city industry and IT bureau.</translation>
    </message>
    <message>
        <source>正在核查数据库并导出区县汇总包…</source>
        <translation>Auditing the database and exporting the district summary package...</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
</context>
<context>
    <name>ApproveKeyDialog</name>
    <message>
        <source>核准新密钥</source>
        <translation>Approve new key</translation>
    </message>
    <message>
        <source>如 123-456-789</source>
        <translation>e.g. 123-456-789</translation>
    </message>
    <message>
        <source>如 KWK7-RH4D-BFFC-PC8T-K8ZG</source>
        <translation>e.g. KWK7-RH4D-BFFC-PC8T-K8ZG</translation>
    </message>
    <message>
        <source>盖章纸质报告签字页上印的“校验码”（0.1 版报告这样称呼），9 位数字；空格和横线不影响。</source>
        <translation>The &quot;check code&quot; printed on the signature page of the stamped paper report (as release 0.1 reports call it), 9 digits; spaces and hyphens do not matter.</translation>
    </message>
    <message>
        <source>盖章纸质报告签字页上印的“核验码”，20 位字母和数字；大小写、空格和横线不影响。</source>
        <translation>The &quot;verification code&quot; printed on the signature page of the stamped paper report, 20 letters and digits; case, spaces and hyphens do not matter.</translation>
    </message>
    <message>
        <source>核验码</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>如 ABCD-EFGH-JKMN-PQRS</source>
        <translation>e.g. ABCD-EFGH-JKMN-PQRS</translation>
    </message>
    <message>
        <source>企业密钥指纹</source>
        <translation>Enterprise key fingerprint</translation>
    </message>
    <message>
        <source>同一页上印的“企业密钥指纹”，16 位字母和数字。0.1 版的 9 位校验码太短，不能单独证明报告包出自企业，所以还要抄录密钥指纹。</source>
        <translation>The &quot;enterprise key fingerprint&quot; printed on the same page, 16 letters and digits. The 9-digit check code of release 0.1 is too short to prove on its own that the report package comes from the enterprise, so the key fingerprint must be copied too.</translation>
    </message>
    <message>
        <source>请拿出企业盖章的纸质报告，照着签字页抄录下面的内容。屏幕上不显示正确的内容，输入不符时也不会提示：抄录本身就是核对。</source>
        <translation>Take the enterprise&apos;s stamped paper report and copy the items below from its signature page. The correct values are not shown on screen, and a mismatch is not hinted at: copying them is the check.</translation>
    </message>
    <message>
        <source>核准</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>AuditResultDialog</name>
    <message>
        <source>核查数据库</source>
        <translation>Audit database</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>问题（{n} 处；可多选，Ctrl+C 复制）</source>
        <translation>Problems ({n}; select several, Ctrl+C copies)</translation>
    </message>
    <message>
        <source>说明（核查的局限，不是问题）</source>
        <translation>Notes (limits of the audit, not problems)</translation>
    </message>
    <message>
        <source>保存核查报告…</source>
        <translation>Save audit report...</translation>
    </message>
    <message>
        <source>复制全部</source>
        <translation>Copy all</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>保存核查报告</source>
        <translation>Save audit report</translation>
    </message>
    <message>
        <source>文本文件 (*.txt);;所有文件 (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>无法保存：{error}</source>
        <translation>Cannot save: {error}</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>统计口径</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>已报送企业</source>
        <translation>Enterprises submitted</translation>
    </message>
    <message>
        <source>名单共 {n} 家</source>
        <translation>{n} on the roster</translation>
    </message>
    <message>
        <source>数据库中共 {n} 家企业</source>
        <translation>{n} enterprises in the database</translation>
    </message>
    <message>
        <source>不完整报送</source>
        <translation>Incomplete submissions</translation>
    </message>
    <message>
        <source>{names}等</source>
        <translation>{names}, etc.</translation>
    </message>
    <message>
        <source>只收到一份问卷（旧版软件分开导出）：{names}，请联系企业补报</source>
        <translation>Only one questionnaire received (exported separately by an older release): {names}; please ask the enterprises to submit the other one</translation>
    </message>
    <message>
        <source>每份报送都含两份问卷（核心指标 {core} 份，评测 {miit} 份）</source>
        <translation>Every submission holds both questionnaires (core indicators {core}, MIIT assessment {miit})</translation>
    </message>
    <message>
        <source>未报送（名单）</source>
        <translation>Not submitted (roster)</translation>
    </message>
    <message>
        <source>{n} 家</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>尚未导入企业名单</source>
        <translation>No roster imported yet</translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation>Import roster...</translation>
    </message>
    <message>
        <source>待核准密钥</source>
        <translation>Keys to approve</translation>
    </message>
    <message>
        <source>企业签名密钥与登记的不同</source>
        <translation>Enterprise signing key differs from the registered one</translation>
    </message>
    <message>
        <source>没有待处理的</source>
        <translation>Nothing pending</translation>
    </message>
    <message>
        <source>去核准…</source>
        <translation>Approve...</translation>
    </message>
    <message>
        <source>核查提示</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{kind} {n}</source>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <source>没有需要与企业核实的填报</source>
        <translation>No entries to check with enterprises</translation>
    </message>
    <message>
        <source>查看…</source>
        <translation>View...</translation>
    </message>
    <message>
        <source>导入日志</source>
        <translation>Import log</translation>
    </message>
    <message>
        <source>哈希链相连，只能追加</source>
        <translation>Hash-chained, append-only</translation>
    </message>
    <message>
        <source>校验</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>重新核对导入日志的哈希链和每条记录的区县签名</source>
        <translation>Check the import log&apos;s hash chain and every entry&apos;s district signature again</translation>
    </message>
    <message>
        <source>核查数据库…</source>
        <translation>Audit database...</translation>
    </message>
    <message>
        <source>用原始报告包、名单文件和导入日志重新建立数据库，与现有数据库逐项比对</source>
        <translation>Rebuild the database from the original report packages, roster files and import log, and compare it item by item with the current one</translation>
    </message>
    <message>
        <source>&lt;b&gt;对照的政策版本：&lt;/b&gt;{edition}</source>
        <translation>&lt;b&gt;Policy edition applied: &lt;/b&gt;{edition}</translation>
    </message>
    <message>
        <source>适用年份：{years}；内容可信度：{confidence}</source>
        <translation>Years covered: {years}; reliability: {confidence}</translation>
    </message>
    <message>
        <source>市级下发，第{version}版：{origin}</source>
        <translation>Issued by the city, edition {version}: {origin}</translation>
    </message>
    <message>
        <source>任务数来源：{source}</source>
        <translation>Source of the quotas: {source}</translation>
    </message>
    <message>
        <source>来源：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>依据：{basis}</source>
        <translation>Basis: {basis}</translation>
    </message>
    <message>
        <source>任务数完成情况</source>
        <translation>Quota completion</translation>
    </message>
    <message>
        <source>企业填报的数量（未下达任务数）</source>
        <translation>Counts reported by enterprises (no quotas set)</translation>
    </message>
    <message>
        <source>{title}（{tables}）</source>
        <translation>{title} ({tables})</translation>
    </message>
    <message>
        <source>未采集</source>
        <translation>Not collected</translation>
    </message>
    <message>
        <source>任务数 {n}</source>
        <translation>Quota {n}</translation>
    </message>
    <message>
        <source>任务数：未下达</source>
        <translation>Quota: not set</translation>
    </message>
    <message>
        <source>完成 {p}</source>
        <translation>{p} done</translation>
    </message>
    <message>
        <source>三项指标（与参照值对照，不是考核目标）</source>
        <translation>Three indicators (compared with reference values, not assessment targets)</translation>
    </message>
    <message>
        <source>三项指标（规划对重点企业的目标）</source>
        <translation>Three indicators (plan targets for key enterprises)</translation>
    </message>
    <message>
        <source>{name}&#x3000;参照值：{target}</source>
        <translation>{name} — reference: {target}</translation>
    </message>
    <message>
        <source>{name}&#x3000;目标：{target}</source>
        <translation>{name} — target: {target}</translation>
    </message>
    <message>
        <source>家重点企业达到参照值</source>
        <translation>key enterprises at reference</translation>
    </message>
    <message>
        <source>家重点企业达标</source>
        <translation>key enterprises meet target</translation>
    </message>
    <message>
        <source>重点企业平均</source>
        <translation>Key enterprise average</translation>
    </message>
    <message>
        <source>（参照值 {t}%）</source>
        <translation>(reference {t}%)</translation>
    </message>
    <message>
        <source>（目标 {t}%）</source>
        <translation>(target {t}%)</translation>
    </message>
    <message>
        <source>全部企业：{met} / {n} 家达到参照值，平均 {avg}</source>
        <translation>All enterprises: {met} / {n} at the reference value, average {avg}</translation>
    </message>
    <message>
        <source>全部企业：{met} / {n} 家达标，平均 {avg}</source>
        <translation>All enterprises: {met} / {n} meet the target, average {avg}</translation>
    </message>
    <message>
        <source>每 10% 一组；柱上数字：重点企业 / 全部企业</source>
        <translation>Bins of 10%; figures on the bars: key enterprises / all enterprises</translation>
    </message>
    <message>
        <source>工信部数字化水平评测等级与星级上云</source>
        <translation>MIIT digitalisation levels and star-rated cloud adoption</translation>
    </message>
    <message>
        <source>评测等级（{n} 份评测）</source>
        <translation>MIIT levels ({n} assessments)</translation>
    </message>
    <message>
        <source>星级上云（企业数）</source>
        <translation>Star-rated cloud adoption (enterprises)</translation>
    </message>
    <message>
        <source>已获评</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>自评估计</source>
        <translation>Self-assessed estimate</translation>
    </message>
    <message>
        <source>柱状图为自评估计星级；已获评星级按企业填报计，对应附件3的上云配额。</source>
        <translation>The chart shows the self-assessed star estimate; awarded stars are as reported by the enterprises and count toward the cloud quotas of Annex 3.</translation>
    </message>
    <message>
        <source>柱状图为自评估计星级；已获评星级按企业填报计。</source>
        <translation>The chart shows the self-assessed star estimate; awarded stars are as reported by the enterprises.</translation>
    </message>
    <message>
        <source>未报送企业</source>
        <translation>Enterprises not submitted</translation>
    </message>
    <message>
        <source>尚未导入企业名单。导入名单（Excel 或 CSV，含统一社会信用代码和企业名称两列）后，这里列出尚未报送的企业。</source>
        <translation>No roster imported yet. Once a roster is imported (Excel or CSV with two columns, unified social credit code and enterprise name), the enterprises that have not submitted are listed here.</translation>
    </message>
    <message>
        <source>名单共 {total} 家，{year} 年尚未报送 {n} 家（重点企业在前）：</source>
        <translation>{total} on the roster; {n} have not submitted for {year} (key enterprises first):</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
    </message>
    <message>
        <source>重点企业</source>
        <translation>Key enterprises</translation>
    </message>
    <message>
        <source>规模</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>报送了但不在名单中的企业</source>
        <translation>Enterprises that submitted but are not on the roster</translation>
    </message>
    <message>
        <source>{n} 家企业报送了 {year} 年的评估，但不在导入的企业名单中；其数据已计入汇总。请核实后更新名单或联系企业（也列在“核查提示”中）。</source>
        <translation>{n} enterprises submitted assessments for {year} but are not on the imported roster; their data is included in the totals. Please check, then update the roster or contact the enterprises (they are also listed under &quot;Flags&quot;).</translation>
    </message>
    <message>
        <source>评估期</source>
        <translation>Assessment period</translation>
    </message>
    <message>
        <source>正在核对哈希链和区县签名…</source>
        <translation>Checking the hash chain and district signatures...</translation>
    </message>
    <message>
        <source>{message}。数据库可能在本软件之外被改动过，请点击“核查数据库…”查明改动了什么。</source>
        <translation>{message}. The database may have been changed outside this software; click &quot;Audit database...&quot; to find out what changed.</translation>
    </message>
    <message>
        <source>正在重新核对…</source>
        <translation>Checking again...</translation>
    </message>
</context>
<context>
    <name>DistrictWindow</name>
    <message>
        <source>区县工作台 — 智改数转企业自评估</source>
        <translation>District workstation — ITDT enterprise self-assessment</translation>
    </message>
    <message>
        <source>导入企业报送的报告包（U 盘、邮件附件或共享文件夹），逐个核验签名、解密并重新计分；汇总本区县对照规划配额（附件1—3）和三项指标目标的进度；导出 Excel 和汇总 PDF 报送市工信局。全部数据保存在本机，无需联网。</source>
        <translation>Import the report packages submitted by enterprises (USB stick, e-mail annex or shared folder): each one&apos;s signature is verified, it is decrypted and scored again. Track the district&apos;s progress against the plan quotas (Annexes 1–3) and the targets of the three indicators; export Excel and a summary PDF for the city industry and IT bureau. All data stays on this computer; no internet connection is needed.</translation>
    </message>
    <message>
        <source>打开区县数据库…</source>
        <translation>Open district database...</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>待核准密钥</source>
        <translation>Keys to approve</translation>
    </message>
    <message>
        <source>核查提示</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>导入报告包…</source>
        <translation>Import report packages...</translation>
    </message>
    <message>
        <source>导入文件夹…</source>
        <translation>Import folder...</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>导出汇总 PDF</source>
        <translation>Export summary PDF</translation>
    </message>
    <message>
        <source>待核准密钥（{n}）</source>
        <translation>Keys to approve ({n})</translation>
    </message>
    <message>
        <source>企业（{n}）</source>
        <translation>Enterprises ({n})</translation>
    </message>
    <message>
        <source>核查提示（{n}）</source>
        <translation>Flags ({n})</translation>
    </message>
    <message>
        <source>{district} — 区县工作台 — 智改数转企业自评估</source>
        <translation>{district} — District workstation — ITDT enterprise self-assessment</translation>
    </message>
    <message>
        <source>{year}（无报送）</source>
        <translation>{year} (no submissions)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:20pt&apos;&gt;区县工作台&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:20pt&apos;&gt;District workstation&lt;/span&gt;</translation>
    </message>
    <message>
        <source>密钥编号 {key}</source>
        <translation>Key ID {key}</translation>
    </message>
    <message>
        <source>{district}&#x3000;{key}</source>
        <translation>{district}&amp;nbsp;&amp;nbsp;&amp;nbsp;{key}</translation>
    </message>
    <message>
        <source>区县数据库：{path}</source>
        <translation>District database: {path}</translation>
    </message>
    <message>
        <source>企业表中没有这家企业（{uscc}）</source>
        <translation>This enterprise is not in the enterprise table ({uscc})</translation>
    </message>
    <message>
        <source>请先打开区县数据库</source>
        <translation>Please open the district database first</translation>
    </message>
    <message>
        <source>选择报告包</source>
        <translation>Choose report packages</translation>
    </message>
    <message>
        <source>报告包 (*.zgsz);;所有文件 (*)</source>
        <translation>Report packages (*.zgsz);;All files (*)</translation>
    </message>
    <message>
        <source>选择包含报告包的文件夹（含子文件夹）</source>
        <translation>Choose a folder containing report packages (subfolders included)</translation>
    </message>
    <message>
        <source>导入企业名单</source>
        <translation>Import enterprise roster</translation>
    </message>
    <message>
        <source>企业名单 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Enterprise roster (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>替换企业名单？</source>
        <translation>Replace the enterprise roster?</translation>
    </message>
    <message>
        <source>已导入名单：{n} 家企业</source>
        <translation>Roster imported: {n} enterprises</translation>
    </message>
    <message>
        <source>正在导入企业名单…</source>
        <translation>Importing the enterprise roster...</translation>
    </message>
    <message>
        <source>导入市级政策版本</source>
        <translation>Import city policy edition</translation>
    </message>
    <message>
        <source>政策版本文件 (*.zgszpolicy);;所有文件 (*)</source>
        <translation>Policy edition files (*.zgszpolicy);;All files (*)</translation>
    </message>
    <message>
        <source>核对市级签发密钥</source>
        <translation>Check the city&apos;s issuing key</translation>
    </message>
    <message>
        <source>密钥指纹是签发密钥的“身份证号”：您输入的来函上的指纹与文件一致，才说明文件确实来自市工信局。</source>
        <translation>The key fingerprint is the issuing key&apos;s &quot;ID number&quot;: only if the fingerprint you type from the city&apos;s letter matches the file does the file really come from the city industry and IT bureau.</translation>
    </message>
    <message>
        <source>已导入政策版本：{label} 第{version}版（{years}），这些年度的汇总从现在起按此版本统计</source>
        <translation>Policy edition imported: {label} edition {version} ({years}); totals for these years now follow this edition</translation>
    </message>
    <message>
        <source>正在用原始报告包和导入日志重新建立数据库并比对…</source>
        <translation>Rebuilding the database from the original report packages and the import log and comparing...</translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>核查数据库</source>
        <translation>Audit database</translation>
    </message>
    <message>
        <source>正在用原始报告包和导入日志重新建立数据库并比对… {text}</source>
        <translation>Rebuilding the database from the original report packages and the import log and comparing... {text}</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>导入企业名单…</source>
        <translation>Import enterprise roster...</translation>
    </message>
    <message>
        <source>导入市级政策版本…</source>
        <translation>Import city policy edition...</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel...</translation>
    </message>
    <message>
        <source>导出 CSV…</source>
        <translation>Export CSV...</translation>
    </message>
    <message>
        <source>导出汇总 PDF…</source>
        <translation>Export summary PDF...</translation>
    </message>
    <message>
        <source>生成回执…</source>
        <translation>Write receipts...</translation>
    </message>
    <message>
        <source>导出对标文件（发给企业）…</source>
        <translation>Export benchmark file (for enterprises)...</translation>
    </message>
    <message>
        <source>导出区县汇总包（报市工信局）…</source>
        <translation>Export district summary package (for the city)...</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>切换到企业端…</source>
        <translation>Switch to enterprise mode...</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于 {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>正在导入、导出或核查：完成后再切换界面语言</source>
        <translation>An import, export or audit is running: switch the interface language when it has finished</translation>
    </message>
</context>
<context>
    <name>EnterprisesPage</name>
    <message>
        <source>搜索企业名称或统一社会信用代码</source>
        <translation>Search enterprise name or USCC</translation>
    </message>
    <message>
        <source>只看重点企业</source>
        <translation>Key enterprises only</translation>
    </message>
    <message>
        <source>有未达标指标</source>
        <translation>Below a target</translation>
    </message>
    <message>
        <source>本年度未报送</source>
        <translation>Not submitted this year</translation>
    </message>
    <message>
        <source>查看核心指标报告</source>
        <translation>View core indicators report</translation>
    </message>
    <message>
        <source>查看评测报告</source>
        <translation>View MIIT assessment report</translation>
    </message>
    <message>
        <source>导出佐证材料…</source>
        <translation>Export supporting documents...</translation>
    </message>
    <message>
        <source>把这家企业随报告包报送的证明文件导出到文件夹，按评估期和题目分开，附一份清单（xlsx）</source>
        <translation>Export the supporting documents this enterprise sent with its report packages to a folder, sorted by assessment period and question, with a list of them (xlsx)</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>在文件管理器中打开刚导出的佐证材料文件夹</source>
        <translation>Open the folder of the supporting documents just exported in the file manager</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>受理这家企业本年度的当前报送（写入回执）</source>
        <translation>Accept this enterprise&apos;s current submission for the year (written in the receipt)</translation>
    </message>
    <message>
        <source>退回修改…</source>
        <translation>Return for correction...</translation>
    </message>
    <message>
        <source>选出要企业修改的题目并写明理由，写入回执</source>
        <translation>Pick the questions the enterprise must change and give the reasons; they are written in the receipt</translation>
    </message>
    <message>
        <source>生成回执…</source>
        <translation>Write receipts...</translation>
    </message>
    <message>
        <source>为已受理或退回、尚未生成回执的报送写出回执文件（每家企业一个），通过邮件或U盘发给企业</source>
        <translation>Write receipt files (one per enterprise) for accepted or returned submissions that have none yet, to send to the enterprises by email or USB drive</translation>
    </message>
    <message>
        <source>打开回执文件夹</source>
        <translation>Open receipts folder</translation>
    </message>
    <message>
        <source>有低于参照值的指标</source>
        <translation>Below a reference value</translation>
    </message>
    <message>
        <source>显示 {shown} / {total} 家</source>
        <translation>Showing {shown} / {total}</translation>
    </message>
    <message>
        <source>在表格中选择一家企业，查看其数值和报告；双击打开报告。</source>
        <translation>Select an enterprise in the table to see its figures and reports; double-click to open a report.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;未报送&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;Not submitted&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>达到参照值</source>
        <translation>at reference</translation>
    </message>
    <message>
        <source>低于参照值</source>
        <translation>below reference</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>met</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>{label}：{value}（{verdict}）</source>
        <translation>{label}: {value} ({verdict})</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>统一社会信用代码 {uscc}</source>
        <translation>USCC {uscc}</translation>
    </message>
    <message>
        <source>&#x3000;·&#x3000;</source>
        <translation> · </translation>
    </message>
    <message>
        <source>重点企业</source>
        <comment>tag of one enterprise</comment>
        <translation>Key enterprise</translation>
    </message>
    <message>
        <source>受理状态：&lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>Receipt status: &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;佐证材料&lt;/b&gt;（{n} 个文件，点击文件名打开）</source>
        <translation>&lt;b&gt;Supporting documents&lt;/b&gt; ({n} file(s); click a file name to open it)</translation>
    </message>
    <message>
        <source>重点企业</source>
        <translation type="vanished">Key enterprises</translation>
    </message>
    <message>
        <source>&lt;b&gt;{year}年报送&lt;/b&gt;</source>
        <translation>&lt;b&gt;Submitted for {year}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>南通核心指标：{period}</source>
        <translation>Nantong core indicators: {period}</translation>
    </message>
    <message>
        <source>工信部评测：{period}</source>
        <translation>MIIT assessment: {period}</translation>
    </message>
    <message>
        <source>关键工序数控化率</source>
        <translation>Key-process CNC rate</translation>
    </message>
    <message>
        <source>经营管理数字化普及率</source>
        <translation>Digital management adoption rate</translation>
    </message>
    <message>
        <source>数字化研发设计工具普及率</source>
        <translation>Digital R&amp;D design tool adoption rate</translation>
    </message>
    <message>
        <source>星级上云：自评估计 {estimate}，已获评 {awarded}</source>
        <translation>Star-rated cloud adoption: self-assessed {estimate}, awarded {awarded}</translation>
    </message>
    <message>
        <source>工信部评测等级：&lt;b&gt;{level}&lt;/b&gt;（{points} 分）</source>
        <translation>MIIT level: &lt;b&gt;{level}&lt;/b&gt; ({points} points)</translation>
    </message>
    <message>
        <source>工信部评测等级：&lt;b&gt;{level}&lt;/b&gt;</source>
        <translation>MIIT level: &lt;b&gt;{level}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>本年完成智改数转项目：{n}</source>
        <translation>ITDT projects completed this year: {n}</translation>
    </message>
    <message>
        <source>最近导入 {time}</source>
        <translation>Last import {time}</translation>
    </message>
    <message>
        <source>没有随报告包报送佐证材料</source>
        <translation>No supporting documents were sent with the report packages</translation>
    </message>
    <message>
        <source>&lt;b&gt;佐证材料&lt;/b&gt;（{n} 个文件）</source>
        <translation type="vanished">&lt;b&gt;Supporting documents&lt;/b&gt; ({n} file(s))</translation>
    </message>
    <message>
        <source>{period} · {question}：{file}（{size}）</source>
        <translation>{period} · {question}: {file} ({size})</translation>
    </message>
    <message>
        <source>还有 {n} 个文件，导出后可在清单中查看</source>
        <translation>{n} more file(s): export them to see them all in the list</translation>
    </message>
    <message>
        <source>选择导出佐证材料的文件夹</source>
        <translation>Choose the folder to export the supporting documents to</translation>
    </message>
    <message>
        <source>-佐证材料</source>
        <translation>-supporting documents</translation>
    </message>
    <message>
        <source>正在核验并导出佐证材料…</source>
        <translation>Verifying and exporting the supporting documents...</translation>
    </message>
    <message>
        <source>佐证材料已通过核验并导出到：{path}</source>
        <translation>The supporting documents were verified and exported to: {path}</translation>
    </message>
    <message>
        <source>无法打开文件管理器。佐证材料在：{path}</source>
        <translation>Cannot open the file manager. The supporting documents are in: {path}</translation>
    </message>
    <message>
        <source>正在核验并打开佐证材料…</source>
        <translation>Verifying and opening the supporting document...</translation>
    </message>
    <message>
        <source>佐证材料已通过核验并打开：{name}</source>
        <translation>The supporting document was verified and opened: {name}</translation>
    </message>
    <message>
        <source>没有可以打开这种文件的程序。文件保存在：{path}</source>
        <translation>There is no program to open this kind of file. The file is saved in: {path}</translation>
    </message>
    <message>
        <source>这家企业本年度没有这份报送</source>
        <translation>This enterprise has no such submission this year</translation>
    </message>
    <message>
        <source>核心指标</source>
        <translation>core indicators</translation>
    </message>
    <message>
        <source>评测</source>
        <translation>MIIT assessment</translation>
    </message>
    <message>
        <source>正在核验并打开报告…</source>
        <translation>Verifying and opening the report...</translation>
    </message>
    <message>
        <source>报告已通过核验并打开：{name}</source>
        <translation>Report verified and opened: {name}</translation>
    </message>
    <message>
        <source>无法打开 PDF 阅读器。报告保存在：{path}</source>
        <translation>Cannot open a PDF viewer. The report is saved at: {path}</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>正在生成 {name}…</source>
        <translation>Writing {name}...</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>无法写入文件：{error}</source>
        <translation>Cannot write the file: {error}</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <source>搜索企业名称、信用代码或说明</source>
        <translation>Search enterprise name, USCC or details</translation>
    </message>
    <message>
        <source>在企业表中查看</source>
        <translation>Show in enterprise table</translation>
    </message>
    <message>
        <source>全部类型（{n}）</source>
        <translation>All types ({n})</translation>
    </message>
    <message>
        <source>{kind}（{n}）</source>
        <translation>{kind} ({n})</translation>
    </message>
    <message>
        <source>需要与企业核实的填报（{year} 年）：一家企业的项目或认定多得不合常理、报送了却不在企业名单中、信用代码属其他地区、名称含不可见字符。这些数字照常计入汇总，不封顶也不剔除；核实有误的，请企业更正后重新报送。双击一行在企业表中查看该企业。</source>
        <translation>Entries to check with the enterprises ({year}): an implausibly high number of projects or awards for one enterprise, a submission from an enterprise not on the roster, a USCC registered in another area, invisible characters in a name. These figures are counted in the totals as they are, neither capped nor removed; where one proves wrong, ask the enterprise to correct it and submit again. Double-click a row to see the enterprise in the enterprise table.</translation>
    </message>
    <message>
        <source>尚未导入企业名单，所以没有“不在名单中”的提示。</source>
        <translation>No roster has been imported, so there are no &quot;not on roster&quot; flags.</translation>
    </message>
    <message>
        <source>显示 {shown} / {total} 条</source>
        <translation>Showing {shown} / {total}</translation>
    </message>
    <message>
        <source>本年度没有需要核实的填报。</source>
        <translation>No entries to check this year.</translation>
    </message>
    <message>
        <source>选择一行查看完整说明</source>
        <translation>Select a row to see the full details</translation>
    </message>
    <message>
        <source>{kind}&#x3000;{who}</source>
        <translation>{kind}&amp;nbsp;&amp;nbsp;{who}</translation>
    </message>
</context>
<context>
    <name>HeldKeysPage</name>
    <message>
        <source>以下报告包的签名密钥与该企业登记的密钥不同（企业重装软件、换电脑或密钥丢失时会出现，也可能是他人冒充）。请与企业盖章的纸质报告核对：纸质报告签字页上的“企业密钥指纹”应与“新密钥指纹”一致；核对无误后点击“核准”，照纸质报告签字页抄录核验码（20 位字母和数字）。0.1 版报告的校验码只有 9 位数字，核准时还要抄录企业密钥指纹，因此这类报告包的新密钥指纹在核准前不显示。核准后，该报告包按正常流程导入。</source>
        <translation>The report packages below were signed with a key other than the one registered for the enterprise (this happens when an enterprise reinstalls the software, changes computers or loses its key — or when someone impersonates it). Check against the enterprise&apos;s stamped paper report: the &quot;enterprise key fingerprint&quot; on its signature page must match the &quot;new key fingerprint&quot;; if it does, click &quot;Approve&quot; and copy the verification code (20 letters and digits) from the signature page. A release 0.1 report has a check code of only 9 digits, so approving it also requires copying the enterprise key fingerprint; the new key fingerprint of such packages is therefore not shown before approval. Once approved, the report package is imported as usual.</translation>
    </message>
    <message>
        <source>显示已处理的</source>
        <translation>Show processed</translation>
    </message>
    <message>
        <source>没有待核准的密钥。</source>
        <translation>No keys to approve.</translation>
    </message>
    <message>
        <source>核准…</source>
        <translation>Approve...</translation>
    </message>
    <message>
        <source>拒绝…</source>
        <translation>Reject...</translation>
    </message>
    <message>
        <source>核准时照纸质报告抄录</source>
        <translation>Copy from the paper report when approving</translation>
    </message>
    <message>
        <source>0.1 版报告包：9 位校验码太短，核准时须同时抄录纸质报告上的企业密钥指纹，所以这里不显示它</source>
        <translation>Release 0.1 report package: the 9-digit check code is too short, so approval also requires copying the enterprise key fingerprint from the paper report; that is why it is not shown here</translation>
    </message>
    <message>
        <source>已核准 {name} 的新密钥 {key}。{results}</source>
        <translation>New key {key} of {name} approved. {results}</translation>
    </message>
    <message>
        <source>正在核准：解密、核验并重新计分…</source>
        <translation>Approving: decrypting, verifying and scoring again...</translation>
    </message>
    <message>
        <source>核准新密钥</source>
        <translation>Approve new key</translation>
    </message>
    <message>
        <source>拒绝新密钥</source>
        <translation>Reject new key</translation>
    </message>
    <message>
        <source>拒绝后，{name} 用这把新密钥签署的报告包不会导入（记录保留在导入日志中）。
拒绝原因（可选）：</source>
        <translation>After rejection, report packages signed by {name} with this new key are not imported (the record stays in the import log).
Reason for rejection (optional):</translation>
    </message>
    <message>
        <source>已拒绝 {name} 的密钥 {key}（{n} 份报告包不导入）。</source>
        <translation>Key {key} of {name} rejected ({n} report packages not imported).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入报告包</source>
        <translation>Import report packages</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>只显示未导入的文件</source>
        <translation>Show only files not imported</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>预览逐个核验签名、解密并重新计分，显示导入后的结果，但不改变数据库。导入时再次核验；已导入的报告包再次导入不会有任何改变，更新版本会替代旧版本（旧版本保留在历史中）。</source>
        <translation>The preview verifies each signature, decrypts and scores again and shows the result of the import, without changing the database. The import verifies again; importing a report package a second time changes nothing, and a newer version replaces the older one (the older version is kept in the history).</translation>
    </message>
    <message>
        <source>选择一行查看完整说明</source>
        <translation>Select a row to see the full details</translation>
    </message>
    <message>
        <source>{verdict}&#x3000;{file}</source>
        <translation>{verdict}&amp;nbsp;&amp;nbsp;{file}</translation>
    </message>
    <message>
        <source>预览：核验报告包（不写入数据库）</source>
        <translation>Preview: verifying report packages (nothing written to the database)</translation>
    </message>
    <message>
        <source>正在导入报告包</source>
        <translation>Importing report packages</translation>
    </message>
    <message>
        <source>正在查找并核验报告包…</source>
        <translation>Finding and verifying report packages...</translation>
    </message>
    <message>
        <source>正在取消（当前文件处理完后停止）…</source>
        <translation>Cancelling (stops after the current file)...</translation>
    </message>
    <message>
        <source>所选位置没有找到报告包（.zgsz 文件）。</source>
        <translation>No report packages (.zgsz files) found in the chosen location.</translation>
    </message>
    <message>
        <source>预览已取消：已核验 {done} / {total} 个文件。</source>
        <translation>Preview cancelled: {done} / {total} files verified.</translation>
    </message>
    <message>
        <source>预览完成：共 {total} 个文件。</source>
        <translation>Preview finished: {total} files.</translation>
    </message>
    <message>
        <source>将导入 {stored} 份，重复 {dup} 份，待核准密钥 {held} 份，不能导入 {refused} 个。</source>
        <translation>To import: {stored}; duplicates: {dup}; keys to approve: {held}; cannot be imported: {refused}.</translation>
    </message>
    <message>
        <source>数据库尚未改变；确认后点击“导入”。</source>
        <translation>The database has not changed yet; click &quot;Import&quot; to confirm.</translation>
    </message>
    <message>
        <source>没有需要导入的报告包，无需导入。</source>
        <translation>There are no report packages to import.</translation>
    </message>
    <message>
        <source>导入已取消：已处理 {done} / {total} 个文件，已处理的已保存；再次导入同一批文件会跳过已导入的。</source>
        <translation>Import cancelled: {done} / {total} files processed and saved; importing the same files again skips those already imported.</translation>
    </message>
    <message>
        <source>已导入 {stored} 份报送，重复 {dup} 份，待核准密钥 {held} 份，未导入 {refused} 个（原因见列表）。</source>
        <translation>{stored} submissions imported; {dup} duplicates; {held} keys to approve; {refused} not imported (see the list for reasons).</translation>
    </message>
    <message>
        <source>导入完成：{counts}</source>
        <translation>Import finished: {counts}</translation>
    </message>
    <message>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>新建区县密钥</source>
        <translation>New district key</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>保存到文件夹</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <source>设置密钥密码</source>
        <translation>Set key password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>将生成两个文件：区县密钥（.zgszdistrict，私钥，由密码保护，务必备份并保密）和接收方文件（.zgszkey，公钥，发给本区县企业用于导出报告包）。每个区县只需生成一次；更换密钥后，企业须使用新的接收方文件。</source>
        <translation>Two files will be created: the district key (.zgszdistrict, the private key, protected by the password: back it up and keep it secret) and the district file (.zgszkey, the public key, sent to the district&apos;s enterprises to export report packages). Each district needs to do this only once; after a key change, enterprises must use the new district file.</translation>
    </message>
    <message>
        <source>密码至少需要 {n} 个字符</source>
        <translation type="vanished">The password needs at least {n} characters</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>{path} 已存在。为防止覆盖区县密钥，请换一个文件夹。</source>
        <translation>{path} already exists. Choose another folder so that no district key is overwritten.</translation>
    </message>
    <message>
        <source>无法写入 {folder}：{error}</source>
        <translation>Cannot write {folder}: {error}</translation>
    </message>
    <message>
        <source>正在生成区县密钥…</source>
        <translation>Creating the district key...</translation>
    </message>
    <message>
        <source>已生成区县密钥</source>
        <translation>District key created</translation>
    </message>
    <message>
        <source>区县密钥（私钥，务必备份并保密）：{key}
接收方文件（发给企业）：{recipient}
密钥编号：{id}（请随接收方文件一并公布，供企业核对）</source>
        <translation>District key (private key; back it up and keep it secret): {key}
District file (send to enterprises): {recipient}
Key ID: {id} (publish it with the district file so that enterprises can check it)</translation>
    </message>
</context>
<context>
    <name>OpenDistrictDialog</name>
    <message>
        <source>打开区县工作台</source>
        <translation>Open district workstation</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>区县密钥文件（.zgszdistrict），由“新建区县密钥”生成</source>
        <translation>District key file (.zgszdistrict), created with &quot;New district key&quot;</translation>
    </message>
    <message>
        <source>新建区县密钥…</source>
        <translation>New district key...</translation>
    </message>
    <message>
        <source>区县工作台把企业报送的报告包核验后导入本机的区县数据库，并汇总全区县的进度。请选择数据库文件（第一次使用时自动创建）和区县密钥，输入密钥密码。</source>
        <translation>The district workstation verifies the report packages submitted by enterprises, imports them into the district database on this computer and totals the district&apos;s progress. Choose the database file (created on first use) and the district key, and enter the key password.</translation>
    </message>
    <message>
        <source>区县数据库</source>
        <translation>District database</translation>
    </message>
    <message>
        <source>区县密钥文件</source>
        <translation>District key file</translation>
    </message>
    <message>
        <source>密钥密码</source>
        <translation>Key password</translation>
    </message>
    <message>
        <source>密码只在本次使用时保存在内存中，不会写入磁盘；关闭窗口后需重新输入。</source>
        <translation>The password is kept in memory for this session only and never written to disk; it must be entered again after the window is closed.</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>选择或新建区县数据库</source>
        <translation>Choose or create district database</translation>
    </message>
    <message>
        <source>区县数据库 (*{suffix});;所有文件 (*)</source>
        <translation>District database (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>选择区县密钥文件</source>
        <translation>Choose district key file</translation>
    </message>
    <message>
        <source>区县密钥 (*.zgszdistrict);;所有文件 (*)</source>
        <translation>District key (*.zgszdistrict);;All files (*)</translation>
    </message>
    <message>
        <source>{district}工信部门，密钥编号 {key}</source>
        <translation>{district} industry and IT bureau, key ID {key}</translation>
    </message>
    <message>
        <source>请选择区县数据库文件</source>
        <translation>Please choose the district database file</translation>
    </message>
    <message>
        <source>正在解锁区县密钥并打开数据库…</source>
        <translation>Unlocking the district key and opening the database...</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>退回修改 — {enterprise}</source>
        <translation>Return for correction — {enterprise}</translation>
    </message>
    <message>
        <source>{enterprise}&#x3000;{period}：勾选要企业修改的题目，并写明理由（双击“理由”一栏填写）。理由和整体意见写入回执，企业在软件中逐条看到。</source>
        <translation>{enterprise}  {period}: tick the questions the enterprise must change and give a reason for each (double-click the &quot;Reason&quot; cell). The reasons and the general note are written in the receipt; the enterprise sees them one by one in the software.</translation>
    </message>
    <message>
        <source>搜索题号、题目或企业的回答</source>
        <translation>Search question numbers, questions or the enterprise&apos;s answers</translation>
    </message>
    <message>
        <source>整体意见（可选）：不针对某一道题的说明</source>
        <translation>General note (optional): anything not about one question</translation>
    </message>
    <message>
        <source>整体意见</source>
        <translation>General note</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk in charge</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>整体意见中已填入本区县对这份报送的核查提示，可修改或删去。</source>
        <translation>The general note already holds the district&apos;s flags for this submission; edit or delete them as needed.</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请为每道勾选的题目写明理由</source>
        <translation>Please give a reason for each ticked question</translation>
    </message>
    <message>
        <source>请至少勾选一道题目并写明理由，或填写整体意见</source>
        <translation>Please tick at least one question and give its reason, or write a general note</translation>
    </message>
    <message>
        <source>请填写经办人姓名（写入回执，企业据此联系）</source>
        <translation>Please enter the name of the clerk in charge (written in the receipt, so the enterprise knows whom to contact)</translation>
    </message>
</context>
</TS>
