<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>填写</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>每个评估期（如 2025年度）一次报送，包括区县要求的全部问卷。每个答案填写后立即保存，可以随时离开，下次在首页点“继续填写”回到原处。</source>
        <translation>One submission per assessment period (e.g. 2025), with every questionnaire the district asks for. Each answer is saved as soon as you enter it: you can leave at any time and return to the same place with &quot;Continue filling in&quot; on the home page.</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>填完后点“检查并完成”：软件列出还没填的必答题和前后矛盾的答案，点一下就跳到该题。红色“矛盾”必须改正；黄色“请核对”可以保留，会写入报告。全部通过后点“完成”。</source>
        <translation>When you have filled everything in, click &quot;Check and complete&quot;: the software lists required questions still unanswered and answers that contradict each other; one click takes you to the question. A red &quot;Contradiction&quot; must be fixed; an amber &quot;Please check&quot; may stay and is written into the report. When everything passes, click &quot;Complete&quot;.</translation>
    </message>
    <message>
        <source>各项数字为各区县当前汇总包之和（同一区县同一评估期以签发时间最晚的汇总包为准，较早的保留为历史）。</source>
        <translation>Each figure is the sum of the districts&apos; current summary packages (for a district and assessment period, the summary package issued last counts; earlier ones are kept as history).</translation>
    </message>
    <message>
        <source>任务数为规划中各区县任务数之和，未报区县的任务数同样计入。</source>
        <translation>The task is the sum of the plan&apos;s tasks for every district, including the districts that have not reported.</translation>
    </message>
    <message>
        <source>三项指标的全市平均按各区县企业清单中的全部重点企业计算，不是各区县平均值的平均；达标按各区县所用的政策版本判定。</source>
        <translation>The city&apos;s average of the three indicators is taken over every key enterprise in the districts&apos; lists, not as an average of the districts&apos; averages; whether a target is met is judged by the policy edition each district used.</translation>
    </message>
    <message>
        <source>同一企业同一评估期被两个区县同时报送的，列为“归属待核实”，在两个区县都计入，请与相关区县核实。</source>
        <translation>An enterprise reported by two districts for the same assessment period is listed under &quot;district to be confirmed&quot; and counted in both; please check with the districts concerned.</translation>
    </message>
    <message>
        <source>市级汇总 — {name}</source>
        <translation>City summary — {name}</translation>
    </message>
    <message>
        <source>登记区县密钥…</source>
        <translation>Register a district&apos;s key...</translation>
    </message>
    <message>
        <source>区县文件（.zgszkey）由区县工信部门发来，其中有区县用来签署汇总包的公钥。登记后，只有用这把密钥签署的汇总包才会被接受</source>
        <translation>The district file (.zgszkey) comes from the district industry and IT bureau; it holds the public key the district signs its summary packages with. Once it is registered, only summary packages signed with this key are accepted</translation>
    </message>
    <message>
        <source>导入区县汇总包…</source>
        <translation>Import district summary packages...</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel...</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF...</translation>
    </message>
    <message>
        <source>导出 Parquet…</source>
        <translation>Export Parquet...</translation>
    </message>
    <message>
        <source>供省级数据平台导入的表格文件（格式见 docs/city.md）</source>
        <translation>Table files for the provincial data platform to import (format in docs/city.md)</translation>
    </message>
    <message>
        <source>评估期：</source>
        <translation>Assessment period:</translation>
    </message>
    <message>
        <source>目标任务（全市）</source>
        <translation>Targets and quotas (whole city)</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Annex</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>全市完成</source>
        <translation>Completed in the city</translation>
    </message>
    <message>
        <source>全市任务数</source>
        <translation>City quota</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>三项指标（重点企业）</source>
        <translation>Three rates (key enterprises)</translation>
    </message>
    <message>
        <source>全市目标</source>
        <translation>City target</translation>
    </message>
    <message>
        <source>重点企业达标/报送</source>
        <translation>Key enterprises met / submitted</translation>
    </message>
    <message>
        <source>重点企业平均</source>
        <translation>Key enterprise average</translation>
    </message>
    <message>
        <source>各区县（三项指标为该区县重点企业的平均值）</source>
        <translation>Districts (the three rates are the averages of each district&apos;s key enterprises)</translation>
    </message>
    <message>
        <source>全市 {period}：已报区县 {reported} / {total}，已报送企业 {n} 家（其中退回修改中 {returned} 家）</source>
        <translation>City {period}: {reported} / {total} districts reported, {n} enterprises submitted ({returned} of them returned for correction)</translation>
    </message>
    <message>
        <source>各区县</source>
        <translation type="vanished">Districts</translation>
    </message>
    <message>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已报送企业</source>
        <translation>Enterprises submitted</translation>
    </message>
    <message>
        <source>核查</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>关键工序数控化率</source>
        <translation>Key-process CNC rate</translation>
    </message>
    <message>
        <source>退回修改中</source>
        <translation>Returned for correction</translation>
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
        <source>汇总包签发时间</source>
        <translation>Summary package issued</translation>
    </message>
    <message>
        <source>区县已退回企业修改、尚未收到更正的报送数（已计入已报送企业）</source>
        <translation>Submissions the district returned for correction and whose corrected version has not arrived yet (counted among the submitted enterprises)</translation>
    </message>
    <message>
        <source>还没有区县汇总包。先“登记区县密钥…”（区县发来的 .zgszkey 文件），再“导入区县汇总包…”（.zgszsummary）</source>
        <translation>No district summary packages yet. First &quot;Register a district&apos;s key...&quot; (the .zgszkey file the district sends), then &quot;Import district summary packages...&quot; (.zgszsummary)</translation>
    </message>
    <message>
        <source>全市 {period}：已报区县 {reported} / {total}，已报送企业 {n} 家</source>
        <translation type="vanished">Whole city, {period}: districts reported {reported} / {total}, enterprises submitted {n}</translation>
    </message>
    <message>
        <source>未采集</source>
        <translation>Not collected</translation>
    </message>
    <message>
        <source>未下达</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>未通过（强制导出）</source>
        <translation>Failed (exported anyway)</translation>
    </message>
    <message>
        <source>已报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>未报</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>归属待核实：{uscc}（{districts}）</source>
        <translation>District to be confirmed: {uscc} ({districts})</translation>
    </message>
    <message>
        <source>选择区县文件</source>
        <translation>Choose district file</translation>
    </message>
    <message>
        <source>更换区县密钥</source>
        <translation>Replace the district&apos;s key</translation>
    </message>
    <message>
        <source>{district}已登记过另一个密钥（指纹 {old}），这个文件中的指纹是 {new}。

确认该区县已更换密钥，并已电话核对新指纹？</source>
        <translation>A different key is already registered for {district} (fingerprint {old}); the fingerprint in this file is {new}.

Has this district changed its key, and have you checked the new fingerprint with them by phone?</translation>
    </message>
    <message>
        <source>登记区县密钥</source>
        <translation>Register a district&apos;s key</translation>
    </message>
    <message>
        <source>选择区县汇总包</source>
        <translation>Choose district summary packages</translation>
    </message>
    <message>
        <source>区县汇总包 (*.zgszsummary)</source>
        <translation>District summary packages (*.zgszsummary)</translation>
    </message>
    <message>
        <source>{file}：{verdict}。{message}</source>
        <translation type="vanished">{file}: {verdict}. {message}</translation>
    </message>
    <message>
        <source>导入区县汇总包</source>
        <translation>Import district summary packages</translation>
    </message>
    <message>
        <source>正在核对并导入区县汇总包…</source>
        <translation>Checking and importing district summary packages...</translation>
    </message>
    <message>
        <source>选择保存 Parquet 文件的文件夹</source>
        <translation>Choose the folder for the Parquet files</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>南通市智改数转汇总_{period}</source>
        <translation>Nantong ITDT summary_{period}</translation>
    </message>
    <message>
        <source>已导出：{files}</source>
        <translation>Exported: {files}</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <source>点“导出报告包…”，选择区县文件（.zgszkey，区县工信部门提供，只有他们能打开您的报告包），输入密钥密码（首次导出时设置，保护本机保存的企业签名密钥，每次导出都要输入，请牢记）。软件生成一个报告包（.zgsz，加密文件）和一份 PDF 报告。</source>
        <translation>Click &quot;Export report package...&quot;, choose the district file (.zgszkey, provided by the district industry and IT bureau; only they can open your report package) and enter the key password (set at the first export; it protects the enterprise signing key stored on this computer and is needed for every export, so remember it). The software creates a report package (.zgsz, an encrypted file) and a PDF report.</translation>
    </message>
    <message>
        <source>交给区县</source>
        <translation>Hand in to district</translation>
    </message>
    <message>
        <source>打印 PDF，签字并加盖公章，连同报告包（U 盘、电子邮件等）一起交给所属区县工信部门。PDF 上印有核验码，区县用它核对纸质报告和报告包是否一致。</source>
        <translation>Print the PDF, sign it and stamp it with the company seal, and hand it in together with the report package (USB stick, e-mail, etc.) to your district industry and IT bureau. The PDF carries a verification code, which the district uses to check that the paper report and the report package match.</translation>
    </message>
    <message>
        <source>下一期</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>新建下一期报送时可选“以上期为基础”，只改有变化的答案。全部数据只保存在本机，请定期用“文件 → 备份工作区”备份。</source>
        <translation>When you start the next period&apos;s submission you can choose &quot;Start from the previous period&quot; and change only the answers that differ. All data is stored only on this computer: back it up regularly with &quot;File → Back up workspace&quot;.</translation>
    </message>
    <message>
        <source>智改数转企业自评估</source>
        <translation>ITDT Enterprise Self-Assessment</translation>
    </message>
    <message>
        <source>主窗口</source>
        <translation>Main window</translation>
    </message>
    <message>
        <source>{count} 份问卷尚未开始</source>
        <translation>{count} questionnaire(s) not started</translation>
    </message>
    <message>
        <source>{count} 道必答题未填</source>
        <translation>{count} required question(s) unanswered</translation>
    </message>
    <message>
        <source>{count} 个答案不符合要求</source>
        <translation>{count} answer(s) not valid</translation>
    </message>
    <message>
        <source>{count} 处前后矛盾</source>
        <translation>{count} contradiction(s)</translation>
    </message>
    <message>
        <source>{count} 处请核对</source>
        <translation>{count} item(s) to check</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>检查通过</source>
        <translation>Check passed</translation>
    </message>
    <message>
        <source>{question}（{detail}）</source>
        <translation>{question} ({detail})</translation>
    </message>
    <message>
        <source>第{row}行“{column}”</source>
        <translation>row {row} &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>至少填写 {count} 行</source>
        <translation>fill in at least {count} row(s)</translation>
    </message>
    <message>
        <source>未填：{cells}等 {count} 处</source>
        <translation>empty: {cells} and more ({count} in all)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>未填：{cells}</source>
        <translation>empty: {cells}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>智改数转报送</source>
        <translation>ITDT submissions</translation>
    </message>
    <message>
        <source>区县文件</source>
        <translation>district file</translation>
    </message>
    <message>
        <source>矛盾：{message}</source>
        <translation>Contradiction: {message}</translation>
    </message>
    <message>
        <source>不符合要求：{message}</source>
        <translation>Not valid: {message}</translation>
    </message>
    <message>
        <source>未开始：{title}</source>
        <translation>Not started: {title}</translation>
    </message>
    <message>
        <source>未填：{module} · {question}</source>
        <translation>Unanswered: {module} · {question}</translation>
    </message>
    <message>
        <source>……还有 {count} 项</source>
        <translation>...and {count} more</translation>
    </message>
    <message>
        <source>请先填写企业信息</source>
        <translation>Please enter the enterprise details first</translation>
    </message>
    <message>
        <source>单位：{unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;：{note}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {note}</translation>
    </message>
    <message>
        <source>{year}年度</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{year}年上半年</source>
        <translation>{year} H1</translation>
    </message>
    <message>
        <source>{year}年下半年</source>
        <translation>{year} H2</translation>
    </message>
    <message>
        <source>{year}年第{quarter}季度</source>
        <translation>{year} Q{quarter}</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{count} 项</source>
        <translation>{count} item(s)</translation>
    </message>
    <message>
        <source>{title}（{details}）</source>
        <translation>{title} ({details})</translation>
    </message>
    <message>
        <source>{title}（{number}）</source>
        <translation>{title} ({number})</translation>
    </message>
    <message>
        <source>{first}—{last}年</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>请选择所属地区</source>
        <translation>Please choose the district</translation>
    </message>
    <message>
        <source>请选择所属行业</source>
        <translation>Please choose the industry</translation>
    </message>
    <message>
        <source>请选择企业规模</source>
        <translation>Please choose the enterprise size</translation>
    </message>
    <message>
        <source>规上</source>
        <translation>Above designated size</translation>
    </message>
    <message>
        <source>列规纳统小微</source>
        <translation>Small or micro (in official statistics)</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>请填写企业名称（与营业执照一致）</source>
        <translation>Please enter the enterprise name (as on the business licence)</translation>
    </message>
    <message>
        <source>企业名称过长（最多100字）</source>
        <translation>The enterprise name is too long (at most 100 characters)</translation>
    </message>
    <message>
        <source>行业应为国民经济行业分类（GB/T 4754-2017）制造业大类代码 13–43</source>
        <translation>The industry must be a manufacturing division code 13–43 of the national industry classification (GB/T 4754-2017)</translation>
    </message>
    <message>
        <source>请填写联系人</source>
        <translation>Please enter a contact person</translation>
    </message>
    <message>
        <source>手机号码应为以1开头的11位数字</source>
        <translation>A mobile number has 11 digits and starts with 1</translation>
    </message>
    <message>
        <source>固定电话请带区号，如 0513-88861234</source>
        <translation>Please give a landline with its area code, e.g. 0513-88861234</translation>
    </message>
    <message>
        <source>请填写统一社会信用代码（18位，见营业执照）。</source>
        <translation>Please enter the unified social credit code (USCC; 18 characters, see the business licence).</translation>
    </message>
    <message>
        <source>第3至8位应为6位数字的行政区划码，请核对。</source>
        <translation>Characters 3 to 8 must be the 6-digit administrative division code; please check.</translation>
    </message>
    <message>
        <source>统一社会信用代码校验位不符（最后一位），可能有字符录入错误，请对照营业执照逐位核对。</source>
        <translation>The last (check) character of the USCC does not match: a character may be mistyped. Please compare each character with the business licence.</translation>
    </message>
    <message>
        <source>统一社会信用代码应为18位，当前为{count}位，请对照营业执照核对。</source>
        <translation>The USCC has 18 characters; this one has {count}. Please compare it with the business licence.</translation>
    </message>
    <message>
        <source>第{position}位“{char}”不是统一社会信用代码允许的字符。</source>
        <translation>Character {position} &quot;{char}&quot; is not allowed in a USCC.</translation>
    </message>
    <message>
        <source>主窗口报错：{problems}</source>
        <translation>The main window reported an error: {problems}</translation>
    </message>
    <message>
        <source>主窗口未在 {seconds} 秒内打开工作区（当前页面：{page}）</source>
        <translation>The main window did not open the workspace within {seconds} seconds (current page: {page})</translation>
    </message>
    <message>
        <source>主窗口没有创建工作区文件夹</source>
        <translation>The main window did not create the workspace folder</translation>
    </message>
    <message>
        <source>打开新工作区并显示首次使用向导（{platform}）</source>
        <translation>Opens a new workspace and shows the first-run wizard ({platform})</translation>
    </message>
    <message>
        <source>区县数据库在网络文件夹中（{name}）：网络断开或两台电脑同时打开时，数据库可能损坏。请把数据库放在本机磁盘上，定期把副本复制到网络文件夹。</source>
        <translation>The district database is in a network folder ({name}): if the network drops or two computers open it at once, the database can be damaged. Keep the database on this computer&apos;s own disk and copy it to the network folder regularly.</translation>
    </message>
    <message>
        <source>工作区在网络文件夹中（{name}）：网络断开或两台电脑同时打开时，数据库可能损坏。请把工作区放在本机磁盘上，用“文件 → 备份工作区”把备份存到网络文件夹。</source>
        <translation>The workspace is in a network folder ({name}): if the network drops or two computers open it at once, the database can be damaged. Keep the workspace on this computer&apos;s own disk, and use &quot;File → Back up workspace&quot; to put backups in the network folder.</translation>
    </message>
    <message>
        <source>区县数据库在同步文件夹中（{name}）：同步软件在写入时复制数据库，可能留下冲突副本或损坏的文件。请把数据库放在不同步的本机文件夹，定期把副本复制到同步文件夹。</source>
        <translation>The district database is in a synced folder ({name}): the sync software copies the database while it is being written, which can leave conflicting copies or a damaged file. Keep the database in a local folder that is not synced and copy it to the synced folder regularly.</translation>
    </message>
    <message>
        <source>工作区在同步文件夹中（{name}）：同步软件在写入时复制数据库，可能留下冲突副本或损坏的文件。请把工作区放在不同步的本机文件夹，用“文件 → 备份工作区”把备份放进同步文件夹。</source>
        <translation>The workspace is in a synced folder ({name}): the sync software copies the database while it is being written, which can leave conflicting copies or a damaged file. Keep the workspace in a local folder that is not synced, and use &quot;File → Back up workspace&quot; to put backups in the synced folder.</translation>
    </message>
    <message>
        <source>⚠ 不宜存放数据的文件夹</source>
        <translation>⚠ Unsafe folder for data</translation>
    </message>
    <message>
        <source>不宜存放数据的文件夹</source>
        <translation>Unsafe folder for data</translation>
    </message>
    <message>
        <source>仍然使用这个文件夹</source>
        <translation>Use this folder anyway</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>SHA-256：{sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Supporting documents</translation>
    </message>
    <message>
        <source>还没有文件。点“添加…”选择证书、台账、照片等，一次可选几个。</source>
        <translation>No files yet. Click &quot;Add...&quot; to choose certificates, ledgers, photos and so on; you can choose several at once.</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add...</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择佐证材料</source>
        <translation>Choose supporting documents</translation>
    </message>
    <message>
        <source>佐证材料 (*.pdf *.png *.jpg *.jpeg *.xlsx *.docx);;所有文件 (*)</source>
        <translation>Supporting documents (*.pdf *.png *.jpg *.jpeg *.xlsx *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>正在检查并附上文件…</source>
        <translation>Checking and attaching the files...</translation>
    </message>
    <message>
        <source>{name}：未附上</source>
        <translation>{name}: not attached</translation>
    </message>
    <message>
        <source>删除佐证材料</source>
        <translation>Delete supporting document</translation>
    </message>
    <message>
        <source>删除“{name}”？删除后它不再随报告包报送（已导出的报告包不受影响）。</source>
        <translation>Delete &quot;{name}&quot;? It will no longer be sent with the report package (report packages already exported are not affected).</translation>
    </message>
    <message>
        <source>保存交回答卷</source>
        <translation>Save returned answers</translation>
    </message>
    <message>
        <source>交回答卷 (*.zgszback)</source>
        <translation>Returned answers (*.zgszback)</translation>
    </message>
    <message>
        <source>分工填报 · {sender}</source>
        <translation>Shared filling · {sender}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{sender}&lt;/b&gt; 于 {when} 请您填写&lt;b&gt;{period}&lt;/b&gt;的：{modules}。&lt;br&gt;每个答案填写后立即保存在本机；填好后点“交回答卷”，把生成的文件交回给对方。</source>
        <translation>On {when}, &lt;b&gt;{sender}&lt;/b&gt; asked you to fill in {modules} for &lt;b&gt;{period}&lt;/b&gt;.&lt;br&gt;Each answer is saved on this computer as soon as you enter it. When you are done, click &quot;Return answers&quot; and give the file it makes back to them.</translation>
    </message>
    <message>
        <source>填写人</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <source>交回答卷上注明的填写人姓名</source>
        <translation>The name of the person filling in, as shown on the returned answers</translation>
    </message>
    <message>
        <source>交回答卷…</source>
        <translation>Return answers...</translation>
    </message>
    <message>
        <source>已写出 {file}，请把它交给{sender}的{contact}。之后如有修改，可再次交回，对方合并时只看到新的改动。</source>
        <translation>Answers saved: {file}. Please give it to {contact} at {sender}. If you change anything later, you can return the answers again: when they merge, they only see the new changes.</translation>
    </message>
    <message>
        <source>已写出 {file}，请把它交给{sender}的分工人。之后如有修改，可再次交回，对方合并时只看到新的改动。</source>
        <translation>Answers saved: {file}. Please give it to the person at {sender} who sent you the modules. If you change anything later, you can return the answers again: when they merge, they only see the new changes.</translation>
    </message>
    <message>
        <source>还没有交回答卷</source>
        <translation>Answers not returned yet</translation>
    </message>
    <message>
        <source>您填写的答案已保存在本机，但还没有交回给对方。现在交回答卷吗？（以后再次打开这个分工文件，可以接着填写并交回。）</source>
        <translation>Your answers are saved on this computer but have not been returned yet. Return them now? (If you open this module file again later, you can go on filling it in and return it then.)</translation>
    </message>
    <message>
        <source>以后再交</source>
        <translation>Return later</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Keep filling in</translation>
    </message>
    <message>
        <source>导入同事交回的答卷</source>
        <translation>Import answers returned by a colleague</translation>
    </message>
    <message>
        <source>同事交回的答卷 (*.zgszback);;所有文件 (*)</source>
        <translation>Returned answers (*.zgszback);;All files (*)</translation>
    </message>
    <message>
        <source>已合并{who}交回的答卷：写入 {changed} 个答案，保留当前答案 {kept} 处</source>
        <translation>Merged the answers returned by {who}: answers written: {changed}; current answers kept: {kept}</translation>
    </message>
    <message>
        <source>保存分工文件</source>
        <translation>Save module file</translation>
    </message>
    <message>
        <source>分工文件 (*.zgszfill)</source>
        <translation>Module files (*.zgszfill)</translation>
    </message>
    <message>
        <source>分工填报：请同事填写部分模块</source>
        <translation>Shared filling: ask a colleague to fill in some modules</translation>
    </message>
    <message>
        <source>勾选要请同事填写的模块。软件生成一个分工文件（.zgszfill）：同事用自己电脑上的本软件打开，只看到并填写这些模块，填好后交回一个答卷文件，您再点“导入同事答卷…”逐题合并。</source>
        <translation>Tick the modules a colleague should fill in. The software makes a module file (.zgszfill): your colleague opens it with this software on their own computer, sees and fills in only these modules, and returns an answers file. You then click &quot;Import returned answers...&quot; to merge it question by question.</translation>
    </message>
    <message>
        <source>分工文件含企业信息（名称、统一社会信用代码、地区、行业、联系人）和本期已填的答案，未加密，只在公司内部传递。</source>
        <translation>The module file holds the enterprise details (name, USCC, area, industry, contact person) and this period&apos;s answers so far. It is not encrypted: pass it on only inside the company.</translation>
    </message>
    <message>
        <source>已填完</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>已填 {percent}%</source>
        <translation>{percent}% filled in</translation>
    </message>
    <message>
        <source>{module}（{state}）</source>
        <translation>{module} ({state})</translation>
    </message>
    <message>
        <source>如：生产部 张三</source>
        <translation>e.g. Production dept., Zhang San</translation>
    </message>
    <message>
        <source>同事姓名</source>
        <translation>Colleague&apos;s name</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>生成分工文件</source>
        <translation>Make module file</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>同事</source>
        <translation>colleague</translation>
    </message>
    <message>
        <source>正在生成分工文件…</source>
        <translation>Making the module file...</translation>
    </message>
    <message>
        <source>已生成 {file}。请把它交给{name}（U 盘、邮件或共享文件夹均可）。同事填好后会交回一个 .zgszback 文件，请点“导入同事答卷…”合并。</source>
        <translation>Module file saved: {file}. Please give it to {name} (by USB stick, e-mail or a shared folder). When they are done, they will return a .zgszback file: click &quot;Import returned answers...&quot; to merge it.</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>题目</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>当前答案</source>
        <translation>Current answer</translation>
    </message>
    <message>
        <source>同事的答案</source>
        <translation>Colleague&apos;s answer</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>保留当前（同事未改此题）</source>
        <translation>Keep current (not changed by colleague)</translation>
    </message>
    <message>
        <source>采用同事的新答案</source>
        <translation>Take colleague&apos;s new answer</translation>
    </message>
    <message>
        <source>合并同事交回的答卷</source>
        <translation>Merge the answers a colleague returned</translation>
    </message>
    <message>
        <source>{who} 于 {when} 交回的答卷（{period}，{modules}）</source>
        <translation>Answers returned by {who} on {when} ({period}, {modules})</translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>Please choose...</translation>
    </message>
    <message>
        <source>采用同事的</source>
        <translation>Take colleague&apos;s</translation>
    </message>
    <message>
        <source>保留当前</source>
        <translation>Keep current</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>{summary}。还有 {n} 道冲突没有选择：同事和您都改过这些题，请逐题选择后再合并。</source>
        <translation>{summary}. Conflicts still to be decided: {n}. Both you and your colleague changed these questions: choose for each one, then merge.</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>请先为每道冲突选择</source>
        <translation>First make a choice for every conflict</translation>
    </message>
    <message>
        <source>正在合并同事的答卷…</source>
        <translation>Merging the colleague&apos;s answers...</translation>
    </message>
    <message>
        <source>设备名称</source>
        <translation>Equipment name</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>所属工序/车间</source>
        <translation>Process/workshop</translation>
    </message>
    <message>
        <source>是否数控</source>
        <translation>CNC?</translation>
    </message>
    <message>
        <source>是否联网</source>
        <translation>Networked?</translation>
    </message>
    <message>
        <source>购置年份</source>
        <translation>Year bought</translation>
    </message>
    <message>
        <source>使用状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>台账中的工序/车间</source>
        <translation>Process/workshop in the ledger</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>台（套）</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>计入关键工序（可改名）</source>
        <translation>Counted as key process (can be renamed)</translation>
    </message>
    <message>
        <source>不计入</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>工序/车间</source>
        <translation>Process/workshop</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>台（套）/数控</source>
        <translation>Units / CNC</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>第{a}–{b}行</source>
        <translation>Rows {a}–{b}</translation>
    </message>
    <message>
        <source>第{n}行</source>
        <translation>Row {n}</translation>
    </message>
    <message>
        <source>→ {process}</source>
        <translation>→ {process}</translation>
    </message>
    <message>
        <source>未计入</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>{total} / {nc}</source>
        <translation>{total} / {nc}</translation>
    </message>
    <message>
        <source>（推断）</source>
        <translation> (inferred)</translation>
    </message>
    <message>
        <source>从设备台账导入关键工序</source>
        <translation>Import key processes from the equipment ledger</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>填入关键工序表</source>
        <translation>Fill in the key-process table</translation>
    </message>
    <message>
        <source>从企业的设备台账（Excel .xlsx 或 CSV 文件）统计各关键工序的设备总数和数控化设备数，填入关键工序表。&lt;br&gt;&lt;br&gt;台账通常有这些列：设备名称、规格型号、数量、所属工序/车间、是否数控、是否联网、购置年份、使用状态。标题行、两行的表头、合并单元格和 GBK 编码的 CSV 都可以直接导入；每一行计入哪道工序、哪些行未计入及原因，导入前都会列出。&lt;br&gt;&lt;br&gt;文件不超过 50 MB、30 万行。旧版 Excel（.xls）请先另存为 .xlsx。</source>
        <translation>Counts the total equipment and the CNC equipment of each key process from the enterprise&apos;s equipment ledger (an Excel .xlsx or CSV file) and fills them into the key-process table.&lt;br&gt;&lt;br&gt;A ledger usually has these columns: equipment name, model, quantity, process/workshop, CNC or not, networked or not, year bought, status. A title row, a header over two rows, merged cells and GBK-encoded CSV files can all be imported as they are. Before anything is filled in, you see which process each row is counted in, and which rows are left out and why.&lt;br&gt;&lt;br&gt;Files up to 50 MB and 300,000 rows. Save old Excel files (.xls) as .xlsx first.</translation>
    </message>
    <message>
        <source>选择台账文件…</source>
        <translation>Choose ledger file...</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>表头在第</source>
        <translation>Header in row</translation>
    </message>
    <message>
        <source>行</source>
        <comment>表头在第…行</comment>
        <translation>of the sheet</translation>
    </message>
    <message>
        <source>按此行重新读取</source>
        <translation>Read again from this row</translation>
    </message>
    <message>
        <source>台账的前几行：</source>
        <translation>First rows of the ledger:</translation>
    </message>
    <message>
        <source>台账中的每个工序/车间归入哪道关键工序：默认同名；可改名，几个车间填同一个名称即合并为一道工序；取消勾选即“不计入”（如办公室、仓库、动力车间等非关键工序）。关键工序表最多 50 行。下次导入时记住这些选择。</source>
        <translation>Which key process each process/workshop of the ledger goes to: by default the one of the same name. You can rename it; give several workshops the same name to merge them into one process. Untick one to leave it &quot;Not counted&quot; (e.g. offices, warehouses, power plant and other processes that are not key). The key-process table holds at most 50 rows. These choices are remembered for the next import.</translation>
    </message>
    <message>
        <source>台账各行：</source>
        <translation>Ledger rows:</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>已计入</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>数控为推断</source>
        <translation>CNC inferred</translation>
    </message>
    <message>
        <source>改为数控 / 非数控</source>
        <translation>Switch CNC / non-CNC</translation>
    </message>
    <message>
        <source>把选中的已计入行改为数控或非数控（如推断有误）</source>
        <translation>Switch the selected counted rows between CNC and non-CNC (if the inference is wrong)</translation>
    </message>
    <message>
        <source>不计入选中行</source>
        <translation>Leave out selected rows</translation>
    </message>
    <message>
        <source>把选中的已计入行设为不计入（如数量为空却不是一台设备的行）</source>
        <translation>Leave the selected counted rows out (e.g. a row with no quantity that is not one machine)</translation>
    </message>
    <message>
        <source>1 选择文件</source>
        <translation>1 Choose file</translation>
    </message>
    <message>
        <source>2 对应列</source>
        <translation>2 Match columns</translation>
    </message>
    <message>
        <source>3 归类工序</source>
        <translation>3 Group processes</translation>
    </message>
    <message>
        <source>4 核对结果</source>
        <translation>4 Check result</translation>
    </message>
    <message>
        <source>选择设备台账</source>
        <translation>Choose equipment ledger</translation>
    </message>
    <message>
        <source>设备台账 (*.xlsx *.xlsm *.csv *.txt *.xls);;所有文件 (*)</source>
        <translation>Equipment ledgers (*.xlsx *.xlsm *.csv *.txt *.xls);;All files (*)</translation>
    </message>
    <message>
        <source>正在打开台账…</source>
        <translation>Opening the ledger...</translation>
    </message>
    <message>
        <source>文件：{name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>（无此列）</source>
        <translation>(no such column)</translation>
    </message>
    <message>
        <source>表头在第 {rows} 行。</source>
        <translation>The header is in row(s) {rows}.</translation>
    </message>
    <message>
        <source>已按上次导入同样格式的台账对应各列。</source>
        <translation> Columns matched as for the last ledger imported in the same layout.</translation>
    </message>
    <message>
        <source>已按列名自动对应，请核对。</source>
        <translation> Columns matched by their names: please check.</translation>
    </message>
    <message>
        <source>文字编码：{encoding}</source>
        <translation>Text encoding: {encoding}</translation>
    </message>
    <message>
        <source>没有找到表头：请在上方填写表头所在的行，再点“按此行重新读取”。</source>
        <translation>No header found: enter the row the header is in above, then click &quot;Read again from this row&quot;.</translation>
    </message>
    <message>
        <source>正在读取台账…</source>
        <translation>Reading the ledger...</translation>
    </message>
    <message>
        <source>所选的工序/车间列中没有内容：请回到上一步核对列的对应。</source>
        <translation>The column chosen for process/workshop is empty: go back one step and check how the columns are matched.</translation>
    </message>
    <message>
        <source>关键工序</source>
        <translation>Key process</translation>
    </message>
    <message>
        <source>设备总数</source>
        <translation>Total equipment</translation>
    </message>
    <message>
        <source>其中数控化设备</source>
        <translation>Of which CNC</translation>
    </message>
    <message>
        <source>台账行数</source>
        <translation>Ledger rows</translation>
    </message>
    <message>
        <source>计入 {counted} 行，共 {total} 台（套），其中数控化 {nc} 台（套）；未计入 {left} 行（原因见下表）。</source>
        <translation>Rows counted: {counted}, with {total} units in total, of which {nc} CNC units. Rows left out: {left} (see the table below for why).</translation>
    </message>
    <message>
        <source>没有识别出“是否数控”列，数控化设备暂按名称和型号推断并标为“推断”。台账中未对应的列：{columns}。如其中一列写的是是否数控，请回到“对应列”一步为“是否数控”选出该列。</source>
        <translation>No &quot;CNC?&quot; column was recognised: CNC equipment is inferred for now from names and models and marked &quot;inferred&quot;. Columns of the ledger not matched: {columns}. If one of them says whether a machine is CNC, go back to the &quot;Match columns&quot; step and choose it for &quot;CNC?&quot;.</translation>
    </message>
    <message>
        <source>台账没有“是否数控”列：数控化设备按名称和型号推断（数控、CNC、加工中心、机器人、PLC 等），标为“推断”，请逐行核对，有误的选中后点“改为数控 / 非数控”。</source>
        <translation>The ledger has no &quot;CNC?&quot; column: CNC equipment is inferred from the name and model (数控, CNC, machining centre, robot, PLC, etc.) and marked &quot;inferred&quot;. Please check each row; select any that are wrong and click &quot;Switch CNC / non-CNC&quot;.</translation>
    </message>
    <message>
        <source>部分行的“是否数控”无法识别，已按名称推断并标为“推断”，请核对。</source>
        <translation>The &quot;CNC?&quot; entry of some rows could not be read; they were inferred from the name and marked &quot;inferred&quot;. Please check them.</translation>
    </message>
    <message>
        <source>{n} 行的数量为空，每行按 1 台（套）计，已在下表注明；不是一台设备的行请选中后点“不计入选中行”。</source>
        <translation>Rows with no quantity: {n}. Each counts as 1 unit and is noted in the table below; select any row that is not one machine and click &quot;Leave out selected rows&quot;.</translation>
    </message>
    <message>
        <source>、联网 {n}</source>
        <translation>, {n} networked</translation>
    </message>
    <message>
        <source>供参考：台账中全部在用设备（含不计入关键工序的）{total} 台（套），其中数控 {nc}{networked}。《中小企业数字化水平评测》的“生产设备总数量”只计生产设备、“数字化生产设备”的范围与数控化设备不完全相同，本软件不自动填入，请核对后在该问卷中填写。</source>
        <translation>For reference: all equipment in use in the ledger (including what is not counted in key processes) is {total} units, of which {nc} CNC{networked}. The MIIT SME digitalisation level assessment&apos;s &quot;total production equipment&quot; counts production equipment only, and its &quot;digital production equipment&quot; is not quite the same as CNC equipment, so this software does not fill them in: check them and enter them in that questionnaire yourself.</translation>
    </message>
    <message>
        <source>请先在下表中选中已计入的行。</source>
        <translation>First select counted rows in the table below.</translation>
    </message>
    <message>
        <source>替换关键工序表</source>
        <translation>Replace key-process table</translation>
    </message>
    <message>
        <source>关键工序表中已有 {n} 行。用台账的结果替换吗？原有内容会保留在修改记录中。</source>
        <translation>The key-process table already has {n} row(s). Replace them with the ledger&apos;s result? The current rows are kept in the change history.</translation>
    </message>
    <message>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>不替换</source>
        <translation>Don&apos;t replace</translation>
    </message>
    <message>
        <source>现有</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>设备台账</source>
        <translation>Equipment ledger</translation>
    </message>
    <message>
        <source>灰色：同组中间一半企业所在的区间；竖线：同组中位数；圆点：本企业</source>
        <translation>Grey: the range of the middle half of the group; line: the group&apos;s median; dot: your enterprise</translation>
    </message>
    <message>
        <source>区县工信部门发布的同行统计，只有分组的分位数，不含任何企业的名称或数值</source>
        <translation>Peer figures published by the district industry and IT bureau: only each group&apos;s quantiles (cut-off values such as the median), never any enterprise&apos;s name or figures</translation>
    </message>
    <message>
        <source>还没有导入本期的对标文件（.zgszbench）。</source>
        <translation>No benchmark file (.zgszbench) imported for this period yet.</translation>
    </message>
    <message>
        <source>导入对标文件…</source>
        <translation>Import benchmark file...</translation>
    </message>
    <message>
        <source>{issuer}发布（{date}），共 {n} 家企业</source>
        <translation>Published by {issuer} ({date}), {n} enterprises</translation>
    </message>
    <message>
        <source>本企业所在的行业和规模没有发布分组：企业太少，为保护各企业的信息未单独统计。</source>
        <translation>No group was published for your industry and size: there are too few enterprises, so they are not counted separately, to protect each enterprise&apos;s information.</translation>
    </message>
    <message>
        <source>更换对标文件…</source>
        <translation>Replace benchmark file...</translation>
    </message>
    <message>
        <source>&lt;b&gt;所在分组：&lt;/b&gt;{group}，{n} 家企业</source>
        <translation>&lt;b&gt;Your group:&lt;/b&gt; {group}, {n} enterprises</translation>
    </message>
    <message>
        <source>本企业</source>
        <translation>Your enterprise</translation>
    </message>
    <message>
        <source>同组中位数</source>
        <translation>Group median</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{median}（{n} 家有此项）</source>
        <translation>{median} ({n} have this measure)</translation>
    </message>
    <message>
        <source>该分组发布的指标中，本期还没有本企业已完成的数值。</source>
        <translation>Your enterprise has no completed figure yet this period for any measure published for this group.</translation>
    </message>
    <message>
        <source>示意条：灰色为同组中间一半企业所在的区间，竖线为中位数，圆点为本企业。</source>
        <translation>The bars: grey is the range of the middle half of the group, the line is the median, the dot is your enterprise.</translation>
    </message>
    <message>
        <source>示意条：灰色为同组中间一半企业所在的区间（P25–P75），竖线为中位数，圆点为本企业。</source>
        <translation type="vanished">Bars: grey is the range of the middle half of the group (P25–P75), the line is the median, the dot is your enterprise.</translation>
    </message>
    <message>
        <source>导入对标文件</source>
        <translation>Import benchmark file</translation>
    </message>
    <message>
        <source>对标文件 (*.zgszbench)</source>
        <translation>Benchmark files (*.zgszbench)</translation>
    </message>
    <message>
        <source>需要区县文件</source>
        <translation>District file needed</translation>
    </message>
    <message>
        <source>现在选择区县文件（.zgszkey）吗？</source>
        <translation>Choose the district file (.zgszkey) now?</translation>
    </message>
    <message>
        <source>区县文件 (*.zgszkey)</source>
        <translation>District files (*.zgszkey)</translation>
    </message>
    <message>
        <source>{period}第{n}次报送</source>
        <translation>submission no. {n} for {period}</translation>
    </message>
    <message>
        <source>整份报送</source>
        <translation>Whole submission</translation>
    </message>
    <message>
        <source>{where}：{reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>请先填写企业信息，再从“文件”菜单导入这个文件</source>
        <translation>Please enter the enterprise details first, then import this file from the &quot;File&quot; menu</translation>
    </message>
    <message>
        <source>已导入{period}的对标文件。本企业还没有{period}的报送，填写后在结果页查看同行对标</source>
        <translation>Benchmark file for {period} imported. Your enterprise has no {period} submission yet: fill it in, then see the peer comparison on the results page</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;{app}&lt;/span&gt;&#x3000;版本 {version}</source>
        <translation>&lt;span style=&apos;font-size:16pt&apos;&gt;{app}&lt;/span&gt;  version {version}</translation>
    </message>
    <message>
        <source>离线的南通市制造业智改数转企业自评估工具。各项结果为企业自评（自评口径），计算方法见报告；中小企业数字化水平评测的综合等级依据对评测规则的公开解读判定，正式等级以工业和信息化部评测平台的结果为准。</source>
        <translation>An offline self-assessment tool for intelligent transformation and digital transition (ITDT) of manufacturers in Nantong. All results are the enterprise&apos;s self-assessment (self-assessment definitions); the report explains how they are calculated. The overall level of the MIIT SME digitalisation level assessment is judged from a public reading of the assessment rules; the official level is the result of the MIIT assessment platform.</translation>
    </message>
    <message>
        <source>第三方组件与许可证</source>
        <translation>Third-party components and licences</translation>
    </message>
    <message>
        <source>界面与报告字体：文泉驿微米黑 WenQuanYi Micro Hei 0.2.0-beta，Apache License 2.0</source>
        <translation>Interface and report font: WenQuanYi Micro Hei (文泉驿微米黑) 0.2.0-beta, Apache License 2.0</translation>
    </message>
    <message>
        <source>日志文件夹：{folder}（程序出错时请把其中的 zgsz.log 发给技术支持）</source>
        <translation>Log folder: {folder} (if the program fails, send the zgsz.log in it to technical support)</translation>
    </message>
    <message>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>← 返回首页</source>
        <translation>← Home</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;检查报送&lt;/span&gt;&#x3000;{period}</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;Check submission&lt;/span&gt;  {period}</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>导出报告包…</source>
        <translation>Export report package...</translation>
    </message>
    <message>
        <source>没有未填的必答题、不符合要求的答案或前后矛盾。</source>
        <translation>No unanswered required questions, invalid answers or contradictions.</translation>
    </message>
    <message>
        <source>✓ 本期报送已完成，已导出第{n}次报送（{date}）。内容有变化时修改后重新导出即可。</source>
        <translation>✓ This period&apos;s submission is complete; submission no. {n} was exported ({date}). If anything changes, edit it and export again.</translation>
    </message>
    <message>
        <source>✓ 本期报送已完成。下一步：导出报告包，交给区县工信部门。</source>
        <translation>✓ This period&apos;s submission is complete. Next: export the report package and hand it in to the district industry and IT bureau.</translation>
    </message>
    <message>
        <source>检查通过：没有未填的必答题，也没有前后矛盾。确认无误后点“完成”，然后导出报告包。</source>
        <translation>Check passed: no unanswered required questions and no contradictions. When everything is right, click &quot;Complete&quot;, then export the report package.</translation>
    </message>
    <message>
        <source>还不能完成：{summary}。点右侧的题目名称直接去修改，改好后回到这里。</source>
        <translation>Cannot complete yet: {summary}. Click a question name on the right to fix it, then come back here.</translation>
    </message>
    <message>
        <source>先改正红色标出的各项</source>
        <translation>First fix the items marked in red</translation>
    </message>
    <message>
        <source>{title}&#x3000;{note}</source>
        <translation>{title}  {note}</translation>
    </message>
    <message>
        <source>前后矛盾</source>
        <translation>Contradictions</translation>
    </message>
    <message>
        <source>必须改正：改其中任何一项，使答案前后一致</source>
        <translation>Must be fixed: change either answer so that they agree</translation>
    </message>
    <message>
        <source>矛盾</source>
        <translation>Contradiction</translation>
    </message>
    <message>
        <source>去修改：{question} →</source>
        <translation>Fix: {question} →</translation>
    </message>
    <message>
        <source>查看：{question} →</source>
        <translation>View: {question} →</translation>
    </message>
    <message>
        <source>请核对</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>不影响完成；核对无误可以保留，这些提示也会写入报告</source>
        <translation>Does not stop completion; if correct, it may stay. These notes are also written into the report</translation>
    </message>
    <message>
        <source>答案不符合要求</source>
        <translation>Invalid answers</translation>
    </message>
    <message>
        <source>必须改正</source>
        <translation>Must be fixed</translation>
    </message>
    <message>
        <source>不符</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>{question}：{problem}</source>
        <translation>{question}: {problem}</translation>
    </message>
    <message>
        <source>去修改 →</source>
        <translation>Fix →</translation>
    </message>
    <message>
        <source>未填写的必答题</source>
        <translation>Unanswered required questions</translation>
    </message>
    <message>
        <source>共 {n} 道</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>“{title}”尚未开始填写</source>
        <translation>&quot;{title}&quot; has not been started</translation>
    </message>
    <message>
        <source>开始填写 →</source>
        <translation>Start →</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>去填写 →</source>
        <translation>Answer →</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>这是区县工信部门自己保管的私钥文件，不是发给企业的区县文件（.zgszkey）。请选择区县工信部门发给您的 .zgszkey 文件。</source>
        <translation>This is the private key file the district industry and IT bureau keeps for itself, not the district file for enterprises (.zgszkey). Please choose the .zgszkey file the district industry and IT bureau gave you.</translation>
    </message>
    <message>
        <source>这份区县文件是{other}工信部门的，您的企业属于{own}：请向{own}工信部门索取他们的区县文件（.zgszkey）。</source>
        <translation>This district file belongs to the {other} industry and IT bureau, but your enterprise is in {own}: please ask the {own} industry and IT bureau for their district file (.zgszkey).</translation>
    </message>
    <message>
        <source>导出报告包 — {period}报送</source>
        <translation>Export report package — {period} submission</translation>
    </message>
    <message>
        <source>去检查页完成</source>
        <translation>Go to the check page</translation>
    </message>
    <message>
        <source>区县工信部门给您的 .zgszkey 文件</source>
        <translation>The .zgszkey file from your district industry and IT bureau</translation>
    </message>
    <message>
        <source>其他区县文件（点击“选择…”）</source>
        <translation>Another district file (click &quot;Choose...&quot;)</translation>
    </message>
    <message>
        <source>{district}工信部门（密钥编号 {key}）</source>
        <translation>{district} industry and IT bureau (key ID {key})</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>将生成{period}的第{n}次报送：一个&lt;b&gt;报告包&lt;/b&gt;（.zgsz，加密的文件，交给区县）和一份 &lt;b&gt;PDF 报告&lt;/b&gt;（打印后签字盖章）。</source>
        <translation>This creates submission no. {n} for {period}: a &lt;b&gt;report package&lt;/b&gt; (.zgsz, an encrypted file for the district) and a &lt;b&gt;PDF report&lt;/b&gt; (print, sign and stamp it).</translation>
    </message>
    <message>
        <source>报告包和 PDF 报告为中文：它们是交给区县、由企业盖章的正式材料，与界面语言无关。</source>
        <translation>The report package and the PDF report are in Chinese whatever the interface language: they are the official documents the enterprise stamps and hands in to the district.</translation>
    </message>
    <message>
        <source>随软件提供的区县文件</source>
        <translation>District files supplied with the software</translation>
    </message>
    <message>
        <source>区县文件</source>
        <translation>District file</translation>
    </message>
    <message>
        <source>区县工信部门给您的文件（.zgszkey），有了它，只有他们能打开您的报告包。向所属区县工信部门索取，或随安装程序已提供。</source>
        <translation>The file (.zgszkey) your district industry and IT bureau gives you: with it, only they can open your report package. Ask your district industry and IT bureau for it, or use the one supplied with the installer.</translation>
    </message>
    <message>
        <source>保存到文件夹</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Enter it again</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>没有附佐证材料（可在填写页每道题旁的“佐证材料”中添加）。</source>
        <translation>No supporting documents attached (you can add them with &quot;Supporting documents&quot; beside each question on the questionnaire page).</translation>
    </message>
    <message>
        <source>随报告包一起签名、加密报送 {n} 个佐证材料文件，共 {size}。</source>
        <translation>Supporting document files signed, encrypted and sent with the report package: {n}, {size} in all.</translation>
    </message>
    <message>
        <source>创建新密钥</source>
        <translation>Create new key</translation>
    </message>
    <message>
        <source>不用了</source>
        <translation>No, thanks</translation>
    </message>
    <message>
        <source>设置密钥密码</source>
        <translation>Set key password</translation>
    </message>
    <message>
        <source>密钥密码</source>
        <translation>Key password</translation>
    </message>
    <message>
        <source>设置新的密钥密码</source>
        <translation>Set new key password</translation>
    </message>
    <message>
        <source>首次导出：软件为本企业创建签名密钥，保存在本机，证明报告包确实出自本企业。密钥密码保护这把密钥，以后每次导出都要输入（至少 {n} 个字符）。请牢记：忘记后只能创建新密钥，区县需要对照您盖章的纸质报告核对新密钥。</source>
        <translation>First export: the software creates a signing key for your enterprise, stored on this computer, which proves that the report package comes from your enterprise. The key password protects this key and is needed for every export (at least {n} characters). Remember it: if you forget it, you can only create a new key, and the district must check the new key against your stamped paper report.</translation>
    </message>
    <message>
        <source>首次导出时设置的密码，保护本机保存的企业签名密钥，每次导出都要输入。</source>
        <translation>The password set at the first export. It protects the enterprise signing key stored on this computer and is needed for every export.</translation>
    </message>
    <message>
        <source>导出时先为本企业创建新的签名密钥（原密钥作废），新密码至少 {n} 个字符，以后每次导出都要输入。请把盖章的纸质报告交给区县：区县核对签名页上的密钥指纹和核验码后，接受这个报告包为最新版本。</source>
        <translation>The export first creates a new signing key for your enterprise (the old key becomes invalid). The new password needs at least {n} characters and is needed for every export from now on. Hand the stamped paper report to the district: once the district has checked the key fingerprint and verification code on the signature page, it accepts this report package as the latest version.</translation>
    </message>
    <message>
        <source>忘记密码？</source>
        <translation>Forgot the password?</translation>
    </message>
    <message>
        <source>想起来了：仍用原密码</source>
        <translation>I remember it: use the old password</translation>
    </message>
    <message>
        <source>本期已导出第{n}次报送（{date}），内容没有变化。再次导出会生成新的一次报送，区县以最新一次为准。</source>
        <translation>Submission no. {n} of this period was exported ({date}) and nothing has changed since. Exporting again creates a new submission; the district goes by the latest one.</translation>
    </message>
    <message>
        <source>导出后已修改：上次为第{n}次报送（{date}），请重新导出并把新的报告包交给区县。</source>
        <translation>Changed since the last export (submission no. {n}, {date}): please export again and hand the new report package in to the district.</translation>
    </message>
    <message>
        <source>{changed}导出时会同时把本期报送标记为“已完成”。</source>
        <translation>{changed} Exporting also marks this period&apos;s submission as &quot;Complete&quot;.</translation>
    </message>
    <message>
        <source>导出时会同时把本期报送标记为“已完成”。</source>
        <translation>Exporting also marks this period&apos;s submission as &quot;Complete&quot;.</translation>
    </message>
    <message>
        <source>{period}的报送还不能导出：{summary}。</source>
        <translation>The {period} submission cannot be exported yet: {summary}.</translation>
    </message>
    <message>
        <source>在检查页逐项点击即可跳到该题修改；全部改好后点“完成”，再导出。</source>
        <translation>On the check page, click an item to go to its question and fix it; when everything is fixed, click &quot;Complete&quot;, then export.</translation>
    </message>
    <message>
        <source>选择区县文件</source>
        <translation>Choose district file</translation>
    </message>
    <message>
        <source>区县文件 (*.zgszkey);;所有文件 (*)</source>
        <translation>District files (*.zgszkey);;All files (*)</translation>
    </message>
    <message>
        <source>✓ {district}工信部门，密钥编号 {key}（可与区县公布的编号核对）；随软件提供</source>
        <translation>✓ {district} industry and IT bureau, key ID {key} (compare it with the ID the district publishes); supplied with the software</translation>
    </message>
    <message>
        <source>✓ {district}工信部门，密钥编号 {key}（可与区县公布的编号核对）</source>
        <translation>✓ {district} industry and IT bureau, key ID {key} (compare it with the ID the district publishes)</translation>
    </message>
    <message>
        <source>请选择区县文件（.zgszkey）：向所属区县工信部门索取，或随安装程序已提供。</source>
        <translation>Please choose the district file (.zgszkey): ask your district industry and IT bureau for it, or use the one supplied with the installer.</translation>
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
        <source>请输入密钥密码</source>
        <translation>Please enter the key password</translation>
    </message>
    <message>
        <source>无法创建文件夹 {folder}（{error}）。请换一个文件夹。</source>
        <translation>Cannot create the folder {folder} ({error}). Please choose another folder.</translation>
    </message>
    <message>
        <source>正在生成企业签名密钥…</source>
        <translation>Creating the enterprise signing key...</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>导出报告包</source>
        <translation>Export report package</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling...</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>使用指南</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>以后可在“帮助 → 使用指南”中再次查看。</source>
        <translation>You can open it again any time from &quot;Help → Guide&quot;.</translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation>Get started</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>使用指南：从填写到交给区县</source>
        <translation>Guide: from filling in to handing in</translation>
    </message>
    <message>
        <source>一次报送 = 一个评估期的全部问卷，最后导出成一个报告包交给区县工信部门。</source>
        <translation>One submission = all questionnaires of one assessment period, exported at the end as one report package for the district industry and IT bureau.</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>&lt;b&gt;填报口径&lt;/b&gt;</source>
        <translation>&lt;b&gt;Definitions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>收起口径栏（F1 再次打开）</source>
        <translation>Hide the definitions panel (F1 opens it again)</translation>
    </message>
    <message>
        <source>把光标放在答题框中，或点击题目旁的“口径”，这里显示该题的填报口径。按 F1 打开或收起本栏。</source>
        <translation>Put the cursor in an answer field, or click &quot;Definition&quot; next to a question, to see here how that question is answered and counted. F1 opens or hides this panel.</translation>
    </message>
    <message>
        <source>本题没有另外的口径说明。</source>
        <translation>This question has no further definition.</translation>
    </message>
</context>
<context>
    <name>Item</name>
    <message>
        <source>打开问卷并定位到这道题</source>
        <translation>Open the questionnaire at this question</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>智改数转企业自评估</source>
        <translation>ITDT Enterprise Self-Assessment</translation>
    </message>
    <message>
        <source>工作区：{path}</source>
        <translation>Workspace: {path}</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>备份工作区…</source>
        <translation>Back up workspace...</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup...</translation>
    </message>
    <message>
        <source>打开同事发来的分工文件…</source>
        <translation>Open a module file from a colleague...</translation>
    </message>
    <message>
        <source>同事发来的 .zgszfill 文件：只填其中几个模块，填好后交回答卷</source>
        <translation>A .zgszfill file from a colleague: fill in only its modules, then return the answers</translation>
    </message>
    <message>
        <source>导入同事交回的答卷…</source>
        <translation>Import answers returned by a colleague...</translation>
    </message>
    <message>
        <source>导入区县回执…</source>
        <translation>Import district receipt...</translation>
    </message>
    <message>
        <source>区县工信部门发回的 .zgszreceipt 文件：受理结果和需要修改之处</source>
        <translation>The .zgszreceipt file the district industry and IT bureau sends back: accepted, or what needs to be changed</translation>
    </message>
    <message>
        <source>切换到区县工作台…</source>
        <translation>Switch to district workstation...</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings...</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>使用指南</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>关于 {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>打开同事发来的分工文件</source>
        <translation>Open a module file from a colleague</translation>
    </message>
    <message>
        <source>分工文件 (*.zgszfill);;所有文件 (*)</source>
        <translation>Module files (*.zgszfill);;All files (*)</translation>
    </message>
    <message>
        <source>备份工作区</source>
        <translation>Back up workspace</translation>
    </message>
    <message>
        <source>工作区备份.zgszbak</source>
        <translation>Workspace backup.zgszbak</translation>
    </message>
    <message>
        <source>工作区备份 (*.zgszbak)</source>
        <translation>Workspace backups (*.zgszbak)</translation>
    </message>
    <message>
        <source>已备份</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>已备份到：{path}</source>
        <translation>Backed up to: {path}</translation>
    </message>
    <message>
        <source>正在备份工作区…</source>
        <translation>Backing up the workspace...</translation>
    </message>
    <message>
        <source>正在从备份恢复…</source>
        <translation>Restoring from the backup...</translation>
    </message>
    <message>
        <source>界面语言将在下次启动时切换</source>
        <translation>The interface language will change at the next start</translation>
    </message>
    <message>
        <source>新的工作区将在下次启动时打开：{path}</source>
        <translation>The new workspace will open at the next start: {path}</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>恢复将用备份替换当前工作区（当前工作区会先另存到 backups 文件夹）。继续吗？</source>
        <translation>Restoring replaces the current workspace with the backup (the current workspace is first saved to the backups folder). Continue?</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <source>另有 {n} 处，见右侧口径栏</source>
        <translation>{n} more, see the panel on the right</translation>
    </message>
    <message>
        <source>{text}&#x3000;{count}</source>
        <translation>{text}  {count}</translation>
    </message>
</context>
<context>
    <name>NewKey</name>
    <message>
        <source>忘记了密钥密码，原来的密钥就无法再用：只能在本机为本企业创建一把新的签名密钥，原密钥从此作废。区县工信部门登记的是原密钥，所以收到用新密钥签名的报告包后会先暂缓接收，直到核对了您盖章的纸质报告（签名页上的“密钥指纹”和“核验码”）；核对无误后，这个报告包即作为最新版本被接受。请务必把盖章的纸质报告一并交给区县。</source>
        <translation>Without the key password the old key cannot be used any more: the only way is to create a new signing key for your enterprise on this computer, and the old key becomes invalid. The district industry and IT bureau has the old key on record, so it holds back a report package signed with the new key until it has checked your stamped paper report (the &quot;key fingerprint&quot; and &quot;verification code&quot; on the signature page); once they match, the report package is accepted as the latest version. Be sure to hand in the stamped paper report to the district with it.</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>更换企业签名密钥</source>
        <translation>Replace enterprise signing key</translation>
    </message>
    <message>
        <source>设置新的密钥密码</source>
        <translation>Set new key password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Enter it again</translation>
    </message>
    <message>
        <source>至少 {n} 个字符，以后每次导出都要输入。</source>
        <translation>At least {n} characters; needed for every export from now on.</translation>
    </message>
    <message>
        <source>创建新密钥</source>
        <translation>Create new key</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>正在生成新的企业签名密钥…</source>
        <translation>Creating a new enterprise signing key...</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>整数</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>（{bounds}）</source>
        <translation>({bounds})</translation>
    </message>
    <message>
        <source>另一题的答案</source>
        <translation>another answer</translation>
    </message>
    <message>
        <source>{low}，且不少于{name}</source>
        <translation>{low}, and at least {name}</translation>
    </message>
    <message>
        <source>不少于{name}</source>
        <translation>at least {name}</translation>
    </message>
    <message>
        <source>{high}，且不超过{name}</source>
        <translation>{high}, and at most {name}</translation>
    </message>
    <message>
        <source>不超过{name}</source>
        <translation>at most {name}</translation>
    </message>
    <message>
        <source>不小于 {n}</source>
        <translation>at least {n}</translation>
    </message>
    <message>
        <source>不超过 {n}</source>
        <translation>at most {n}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>与营业执照上的名称一致</source>
        <translation>As on the business licence</translation>
    </message>
    <message>
        <source>18位，见营业执照</source>
        <translation>18 characters, see the business licence</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>请选择（国民经济行业分类 制造业大类）</source>
        <translation>Please choose (national industry classification, manufacturing division)</translation>
    </message>
    <message>
        <source>手机号，或带区号的固定电话，如 0513-88861234</source>
        <translation>Mobile, or landline with area code, e.g. 0513-88861234</translation>
    </message>
    <message>
        <source>本企业是地区工信部门确定的重点企业</source>
        <translation>This enterprise is a key enterprise designated by the local industry and IT bureau</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>所属地区</source>
        <translation>District</translation>
    </message>
    <message>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation>Enterprise size</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>统一社会信用代码会按国家标准 GB 32100-2015 自动校验最后一位校验码；所属地区和行业用于区县工信部门汇总。</source>
        <translation>The last character of the USCC is verified automatically as the national standard GB 32100-2015 prescribes; the district and industry are used in the district industry and IT bureau&apos;s summaries.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>修改企业信息</source>
        <translation>Edit enterprise details</translation>
    </message>
    <message>
        <source>填写企业信息</source>
        <translation>Enterprise details</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>还需填写或改正：{fields}</source>
        <translation>Still to fill in or correct: {fields}</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <source>&lt;b&gt;{question}&lt;/b&gt;（选填）</source>
        <translation>&lt;b&gt;{question}&lt;/b&gt; (optional)</translation>
    </message>
    <message>
        <source>口径</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>在右侧口径栏显示本题的填报口径（F1）</source>
        <translation>Show this question&apos;s definition in the panel on the right (F1)</translation>
    </message>
    <message>
        <source>附上证明这道题答案的文件（证书、台账、照片等），随报告包交给区县</source>
        <translation>Attach files that prove this answer (certificates, ledgers, photos, etc.); they go to the district with the report package</translation>
    </message>
    <message>
        <source>佐证材料（{n}）</source>
        <translation>Supporting documents ({n})</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Supporting documents</translation>
    </message>
    <message>
        <source>区县意见：{reason}</source>
        <translation>District&apos;s note: {reason}</translation>
    </message>
    <message>
        <source>（已修改，重新导出报告包后交给区县）</source>
        <translation> (changed; export the report package again and hand it in to the district)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>导入区县回执</source>
        <translation>Import district receipt</translation>
    </message>
    <message>
        <source>区县工信部门收到报告包后，会发回一份回执（.zgszreceipt）：已受理，或退回修改并写明需要修改之处。导入后首页显示受理结果，需要修改的题目在问卷中标出。</source>
        <translation>After receiving your report package, the district industry and IT bureau sends back a receipt (.zgszreceipt): accepted, or returned for correction with what needs to be changed. Once imported, the home page shows the result and the questions to change are marked in the questionnaire.</translation>
    </message>
    <message>
        <source>请选择回执文件</source>
        <translation>Please choose the receipt file</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>回执文件</source>
        <translation>Receipt file</translation>
    </message>
    <message>
        <source>区县工信部门提供的新区县文件（.zgszkey）</source>
        <translation>The new district file (.zgszkey) from the district industry and IT bureau</translation>
    </message>
    <message>
        <source>选择区县文件…</source>
        <translation>Choose district file...</translation>
    </message>
    <message>
        <source>区县文件</source>
        <translation>District file</translation>
    </message>
    <message>
        <source>首次导出报告包时设置的密码</source>
        <translation>The password set at the first report package export</translation>
    </message>
    <message>
        <source>企业签名密钥密码</source>
        <translation>Enterprise signing key password</translation>
    </message>
    <message>
        <source>回执中的受理结果是加密的，只有用本企业签名密钥才能打开；密码就是首次导出报告包时设置的那个。</source>
        <translation>The decision in the receipt is encrypted and only your enterprise&apos;s signing key can open it; the password is the one you set at the first report package export.</translation>
    </message>
    <message>
        <source>去修改</source>
        <translation>Fix it</translation>
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
        <source>选择区县回执</source>
        <translation>Choose district receipt</translation>
    </message>
    <message>
        <source>区县回执 (*.zgszreceipt);;所有文件 (*)</source>
        <translation>District receipts (*.zgszreceipt);;All files (*)</translation>
    </message>
    <message>
        <source>选择区县文件</source>
        <translation>Choose district file</translation>
    </message>
    <message>
        <source>区县文件 (*.zgszkey);;所有文件 (*)</source>
        <translation>District files (*.zgszkey);;All files (*)</translation>
    </message>
    <message>
        <source>正在核对回执…</source>
        <translation>Checking the receipt...</translation>
    </message>
    <message>
        <source>这份回执（{district}工信部门，关于{about}）已导入过，没有新的内容。</source>
        <translation>This receipt (from the {district} industry and IT bureau, about {about}) was already imported; it has nothing new.</translation>
    </message>
    <message>
        <source>回执自称来自{district}工信部门，关于{about}。输入企业签名密钥密码后，软件将核对它确实来自您报告包所加密给的区县，再打开其中的受理结果。</source>
        <translation>The receipt says it comes from the {district} industry and IT bureau, about {about}. Once you enter the password of the enterprise&apos;s signing key, the software checks that it really comes from the district your report package was encrypted for, then opens the decision in it.</translation>
    </message>
    <message>
        <source>回执来自{district}工信部门，签名核对无误，关于{about}。输入企业签名密钥密码后导入。</source>
        <translation type="vanished">The receipt is from the {district} industry and IT bureau, about {about}; its signature checks out. Enter the enterprise signing key password to import it.</translation>
    </message>
    <message>
        <source>（导入后，本工作区将保存这份新区县文件，用于核对以后的回执。）</source>
        <translation> (After the import, this workspace keeps the new district file to check future receipts.)</translation>
    </message>
    <message>
        <source>请选择区县工信部门提供的新区县文件（.zgszkey）。</source>
        <translation>Please choose the new district file (.zgszkey) from the district industry and IT bureau.</translation>
    </message>
    <message>
        <source>请输入企业签名密钥密码（首次导出报告包时设置的密码）。</source>
        <translation>Please enter the enterprise signing key password (the password set at the first report package export).</translation>
    </message>
    <message>
        <source>正在打开回执…</source>
        <translation>Opening the receipt...</translation>
    </message>
    <message>
        <source>已保存{district}的新区县文件。</source>
        <translation>The new district file of {district} was saved.</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已生成{period}第{n}次报送</source>
        <translation>Submission no. {n} for {period} created</translation>
    </message>
    <message>
        <source>报告包：&lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Report package: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>PDF 报告：&lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>PDF report: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>保存在：{folder}</source>
        <translation>Saved in: {folder}</translation>
    </message>
    <message>
        <source>{district}工信部门</source>
        <translation>the {district} industry and IT bureau</translation>
    </message>
    <message>
        <source>区县工信部门</source>
        <translation>the district industry and IT bureau</translation>
    </message>
    <message>
        <source>打印 PDF 报告，签字并加盖公章。</source>
        <translation>Print the PDF report, sign it and stamp it with the company seal.</translation>
    </message>
    <message>
        <source>把报告包（.zgsz）和盖章的纸质报告交给{office}（U 盘、电子邮件或共享文件夹均可）。</source>
        <translation>Hand the report package (.zgsz) and the stamped paper report in to {office} (USB stick, e-mail or a shared folder).</translation>
    </message>
    <message>
        <source>保存核验码 &lt;b&gt;{code}&lt;/b&gt;：它印在 PDF 上，区县用它核对纸质报告和报告包是否一致。</source>
        <translation>Keep the verification code &lt;b&gt;{code}&lt;/b&gt;: it is printed on the PDF, and the district uses it to check that the paper report and the report package match.</translation>
    </message>
    <message>
        <source>接下来：</source>
        <translation>Next:</translation>
    </message>
    <message>
        <source>本次使用了新的企业签名密钥（原密钥已作废）：{office}会先核对盖章纸质报告签名页上的密钥指纹和核验码，核对无误后才把这个报告包作为最新版本接受。请务必把盖章的纸质报告一并交过去。</source>
        <translation>This export used a new enterprise signing key (the old key is invalid): {office} first checks the key fingerprint and verification code on the signature page of the stamped paper report, and accepts this report package as the latest version only when they match. Be sure to hand in the stamped paper report with it.</translation>
    </message>
    <message>
        <source>企业密钥指纹 {key}（也印在 PDF 上）</source>
        <translation>Enterprise key fingerprint {key} (also printed on the PDF)</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>打开 PDF</source>
        <translation>Open PDF</translation>
    </message>
</context>
<context>
    <name>RoleChoice</name>
    <message>
        <source>欢迎使用智改数转企业自评估</source>
        <translation>Welcome to the ITDT Enterprise Self-Assessment</translation>
    </message>
    <message>
        <source>本软件帮助制造企业自评关键工序数控化率、经营管理数字化普及率、数字化研发设计工具普及率和星级上云情况，并按评估期对照当时的政策：2022—2024年对照《南通市制造业智能化改造和数字化转型三年行动计划（2022—2024年）》，2025年起对照江苏省和国家公布的目标（南通市新计划公布后随之更新）；完成中小企业数字化水平评测，并生成报送区县工信部门的加密报告包。全部数据保存在本机，无需联网。</source>
        <translation>This software helps manufacturers self-assess their key-process CNC rate, digital management adoption rate, digital R&amp;D design tool adoption rate and star-rated cloud adoption, against the policy of each assessment period: for 2022–2024 the Nantong ITDT three-year action plan (《南通市制造业智能化改造和数字化转型三年行动计划（2022—2024年）》), from 2025 the targets published by Jiangsu Province and the State (updated when Nantong publishes its new plan). It also completes the MIIT SME digitalisation level assessment and creates the encrypted report package for the district industry and IT bureau. All data stays on this computer; no internet connection is needed.</translation>
    </message>
    <message>
        <source>请选择您的身份：</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>我是企业
填写评估、导出报告包</source>
        <translation>Enterprise
Fill in the assessment, export the report package</translation>
    </message>
    <message>
        <source>我是区县工信部门
导入、核验、汇总报告包</source>
        <translation>District industry and IT bureau
Import, verify and summarise report packages</translation>
    </message>
    <message>
        <source>选择会被记住，下次启动直接打开；以后可在“文件”菜单中切换。</source>
        <translation>Your choice is remembered and opens directly at the next start; you can switch later in the &quot;File&quot; menu.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>更换…</source>
        <translation>Change...</translation>
    </message>
    <message>
        <source>工作区位置</source>
        <translation>Workspace location</translation>
    </message>
    <message>
        <source>工作区保存企业信息、全部评估和签名密钥。换电脑时请用“文件 → 备份工作区”。</source>
        <translation>The workspace holds the enterprise details, all assessments and the signing key. To move to another computer, use &quot;File → Back up workspace&quot;.</translation>
    </message>
    <message>
        <source>尚未创建（首次导出时创建）</source>
        <translation>Not created yet (created at the first export)</translation>
    </message>
    <message>
        <source>企业签名密钥指纹</source>
        <translation>Signing key fingerprint</translation>
    </message>
    <message>
        <source>备份密钥…</source>
        <translation>Back up key...</translation>
    </message>
    <message>
        <source>恢复密钥…</source>
        <translation>Restore key...</translation>
    </message>
    <message>
        <source>更换密钥（忘记密码时）…</source>
        <translation>Replace key (password forgotten)...</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>PDF 报告和报告包始终为中文：它们是交给区县的正式材料。</source>
        <translation>The PDF report and the report package are always in Chinese: they are official documents for the district.</translation>
    </message>
    <message>
        <source>密钥备份文件</source>
        <translation>key backup file</translation>
    </message>
    <message>
        <source>选择工作区文件夹</source>
        <translation>Choose workspace folder</translation>
    </message>
    <message>
        <source>备份签名密钥</source>
        <translation>Back up signing key</translation>
    </message>
    <message>
        <source>签名密钥备份.json</source>
        <translation>Signing key backup.json</translation>
    </message>
    <message>
        <source>密钥备份 (*.json)</source>
        <translation>Key backups (*.json)</translation>
    </message>
    <message>
        <source>已备份</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>密钥备份仍由原密码保护，请妥善保管。</source>
        <translation>The key backup is still protected by the original password. Keep it safe.</translation>
    </message>
    <message>
        <source>恢复签名密钥</source>
        <translation>Restore signing key</translation>
    </message>
    <message>
        <source>密钥备份的密码：</source>
        <translation>Password of the key backup:</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>{column}（{unit}）</source>
        <translation>{column} ({unit})</translation>
    </message>
    <message>
        <source>{header}：{help}</source>
        <translation>{header}: {help}</translation>
    </message>
    <message>
        <source>＋ 添加一行</source>
        <translation>+ Add row</translation>
    </message>
    <message>
        <source>删除选中行</source>
        <translation>Delete selected rows</translation>
    </message>
    <message>
        <source>先点选要删除的行（点行号可选中整行）</source>
        <translation>First select the rows to delete (click a row number to select the whole row)</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>本行“{column}”</source>
        <translation>&quot;{column}&quot; in this row</translation>
    </message>
    <message>
        <source>第{row}行“{column}”</source>
        <translation>Row {row} &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>{cell}：{problem}</source>
        <translation>{cell}: {problem}</translation>
    </message>
    <message>
        <source>{reason}（未保存，原值 {value} 仍有效）</source>
        <translation>{reason} (not saved; the previous value {value} still stands)</translation>
    </message>
    <message>
        <source>{reason}（未保存，本格暂为空）</source>
        <translation>{reason} (not saved; the cell is empty for now)</translation>
    </message>
    <message>
        <source>{reason}（未保存，本格仍未填写）</source>
        <translation>{reason} (not saved; the cell is still unanswered)</translation>
    </message>
    <message>
        <source>{problems}。同一行其他内容已保存</source>
        <translation>{problems}. The rest of the row is saved</translation>
    </message>
    <message>
        <source>必填，尚未填写</source>
        <translation>Required, not filled in yet</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>请输入数字（可带小数点），不要输入文字或单位</source>
        <translation>Please enter a number (a decimal point is fine), without words or units</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>程序遇到了意外错误。您已填写的内容均已保存。
请把下面的详细信息复制给技术支持人员，或把日志文件夹中的 zgsz.log 发给他们。</source>
        <translation>The program ran into an unexpected error. Everything you have entered is saved.
Please copy the details below to technical support, or send them the zgsz.log from the log folder.</translation>
    </message>
    <message>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>程序遇到了意外错误。您已填写的内容均已保存。
请把下面的详细信息复制给技术支持人员。</source>
        <translation type="vanished">The program ran into an unexpected error. Everything you entered has been saved.
Please copy the details below for technical support.</translation>
    </message>
</context>
</TS>
