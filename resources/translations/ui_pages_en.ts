<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>导出后已修改，需重新导出（上次为第{n}次报送，{date}；区县以最新一次为准）</source>
        <translation>Changed since export: export again (last export was submission no. {n} on {date}; the district uses the latest one)</translation>
    </message>
    <message>
        <source>还有 {n} 道必答题未填。</source>
        <translation>Required questions still unanswered: {n}.</translation>
    </message>
    <message>
        <source>“{titles}”尚未开始。</source>
        <translation>&quot;{titles}&quot; not started yet.</translation>
    </message>
    <message>
        <source>另有 {n} 处前后矛盾要改正。</source>
        <translation>Contradictions to correct: {n}.</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Continue filling in</translation>
    </message>
    <message>
        <source>填写中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>每个答案填写后立即保存，可以随时离开，下次接着填。</source>
        <translation>Every answer is saved as soon as it is entered: you can leave at any time and continue later.</translation>
    </message>
    <message>
        <source>检查并完成</source>
        <translation>Check and complete</translation>
    </message>
    <message>
        <source>有答案不符合要求</source>
        <translation>Some answers are not valid</translation>
    </message>
    <message>
        <source>有 {n} 个答案不符合要求，请在检查页逐项修改。</source>
        <translation>Answers that do not meet the requirements: {n}. Please correct them one by one on the check page.</translation>
    </message>
    <message>
        <source>必答题已全部填写，但有 {n} 处前后矛盾需要改正。</source>
        <translation>All required questions are answered, but contradictions need correcting: {n}.</translation>
    </message>
    <message>
        <source>必答题已全部填写。下一步：检查一遍，然后点“完成”。</source>
        <translation>All required questions are answered. Next: check everything once, then click &quot;Complete&quot;.</translation>
    </message>
    <message>
        <source>待检查</source>
        <translation>To be checked</translation>
    </message>
    <message>
        <source>填写</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>交给区县</source>
        <translation>Hand in to district</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <source>待导出</source>
        <translation>Ready to export</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
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
        <source>{sentence}{next}</source>
        <translation>{sentence} {next}</translation>
    </message>
    <message>
        <source>”“</source>
        <translation>&quot;, &quot;</translation>
    </message>
    <message>
        <source>导出报告包…</source>
        <translation>Export report package...</translation>
    </message>
    <message>
        <source>已完成，待导出</source>
        <translation>Completed, ready to export</translation>
    </message>
    <message>
        <source>下一步：导出报告包（一个加密文件 .zgsz 和一份 PDF 报告），交给区县工信部门。</source>
        <translation>Next: export the report package (an encrypted .zgsz file and a PDF report) and hand it in to the district industry and IT bureau.</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>已导出第{n}次报送（{date}）</source>
        <translation>Submission no. {n} exported ({date})</translation>
    </message>
    <message>
        <source>请把报告包 {file} 交给区县工信部门，并打印 PDF 签字盖章。</source>
        <translation>Hand in the report package {file} to the district industry and IT bureau, and print the PDF to sign and stamp it.</translation>
    </message>
    <message>
        <source>✓ {district}工信部门已受理第{n}次报送（{date}）</source>
        <translation>✓ The {district} industry and IT bureau accepted submission no. {n} ({date})</translation>
    </message>
    <message>
        <source>退回修改：{district}工信部门要求修改 {count} 处（第{n}次报送，{date}）</source>
        <translation>Returned for correction: the {district} industry and IT bureau asks for {count} changes (submission no. {n}, {date})</translation>
    </message>
    <message>
        <source>，已改 {changed} 处，改完后重新导出</source>
        <translation>; {changed} changed so far, export again when all are done</translation>
    </message>
    <message>
        <source>已更正并重新导出第{n}次报送，等待区县受理（第{old}次报送曾被退回修改）</source>
        <translation>Corrected and exported again as submission no. {n}, waiting for the district to accept it (submission no. {old} was returned for correction)</translation>
    </message>
    <message>
        <source>已重新导出第{n}次报送，等待区县受理</source>
        <translation>Exported again as submission no. {n}, waiting for the district to accept it</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已合并{who}交回的答卷：写入 {changed} 个答案，保留当前答案 {kept} 处</source>
        <translation type="vanished">Merged the answers returned by {who}: answers written: {changed}; current answers kept: {kept}</translation>
    </message>
    <message>
        <source>等，共 {n} 处</source>
        <translation>... {n} in total</translation>
    </message>
    <message>
        <source>有 {n} 处输入没有保存（标红）：</source>
        <translation>Inputs not saved (marked in red): {n}</translation>
    </message>
    <message>
        <source>离开后这些输入不会保存，原答案仍有效。</source>
        <translation>If you leave, these inputs are not saved; the previous answers still stand.</translation>
    </message>
    <message>
        <source>有输入没有保存</source>
        <translation>Unsaved input</translation>
    </message>
    <message>
        <source>留下修改</source>
        <translation>Stay and correct</translation>
    </message>
    <message>
        <source>仍然离开</source>
        <translation>Leave anyway</translation>
    </message>
    <message>
        <source>{where}：{reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>从设备台账导入…</source>
        <translation>Import from equipment ledger...</translation>
    </message>
    <message>
        <source>读取工厂的设备台账（Excel 或 CSV 文件），按工序统计设备总数和数控化设备数，核对每一行计入或未计入的原因后填入本表</source>
        <translation>Reads the factory&apos;s equipment ledger (Excel or CSV file), counts the total and CNC equipment per process, and fills in this table after you have checked why each row is counted or left out</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>符合</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>尚不符合</source>
        <translation>Not yet met</translation>
    </message>
    <message>
        <source>无法判断</source>
        <translation>Cannot be determined</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
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
        <source>本软件的选择</source>
        <translation>This software&apos;s choice</translation>
    </message>
    <message>
        <source>计分</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>与上期对比</source>
        <translation>Comparison with the previous period</translation>
    </message>
    <message>
        <source>生成图表</source>
        <translation>Drawing charts</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>星级上云（自评估计）</source>
        <translation>Star-rated cloud adoption (self-assessment estimate)</translation>
    </message>
    <message>
        <source>未达到三星</source>
        <translation>Below 3-star</translation>
    </message>
    <message>
        <source>达到参照值</source>
        <translation>Reference reached</translation>
    </message>
    <message>
        <source>低于参照值</source>
        <translation>Below reference</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>不足0.1个百分点</source>
        <translation>less than 0.1 points</translation>
    </message>
    <message>
        <source>需超过对照值</source>
        <translation>must exceed the compared value</translation>
    </message>
    <message>
        <source>{points}个百分点</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <source>尚未填写：{questions}等 {n} 题</source>
        <translation>Not yet answered: {questions} and others ({n} questions in all)</translation>
    </message>
    <message>
        <source>尚未填写：{questions}</source>
        <translation>Not yet answered: {questions}</translation>
    </message>
    <message>
        <source>{level}（{points}分）</source>
        <translation>{level} ({points} points)</translation>
    </message>
    <message>
        <source>{questionnaire}等级</source>
        <translation>Level ({questionnaire})</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>修改企业信息</source>
        <translation>Edit enterprise details</translation>
    </message>
    <message>
        <source>报送</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>每个评估期一次：填写全部问卷 → 检查 → 导出一个报告包 → 交给区县工信部门</source>
        <translation>One per assessment period: fill in all questionnaires → check → export one report package → hand in to the district industry and IT bureau</translation>
    </message>
    <message>
        <source>{heading}&#x3000;{explanation}</source>
        <translation>{heading}&amp;nbsp;&amp;nbsp;{explanation}</translation>
    </message>
    <message>
        <source>新建报送…</source>
        <translation>New submission...</translation>
    </message>
    <message>
        <source>还没有报送。点“新建报送”开始：选择评估期，然后填写问卷。每个答案填写后立即保存，可以随时中断、下次接着填。</source>
        <translation>No submissions yet. Click &quot;New submission&quot; to start: choose the assessment period, then fill in the questionnaires. Every answer is saved as soon as it is entered, so you can stop at any time and continue later.</translation>
    </message>
    <message>
        <source>{before}&#x3000;·&#x3000;{after}</source>
        <translation>{before} · {after}</translation>
    </message>
    <message>
        <source>统一社会信用代码 {uscc}</source>
        <translation>USCC {uscc}</translation>
    </message>
    <message>
        <source>重点企业</source>
        <translation>Key enterprise</translation>
    </message>
    <message>
        <source>联系人 {name}&#x3000;{phone}</source>
        <translation>Contact: {name}&amp;nbsp;&amp;nbsp;{phone}</translation>
    </message>
    <message>
        <source>签名密钥指纹 {fingerprint}</source>
        <translation>Signing key fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>正在读取各期的填写进度…</source>
        <translation>Loading the progress of each period...</translation>
    </message>
    <message>
        <source>找不到报告包 {file}：可能已移动或删除。需要时可以重新导出。</source>
        <translation>Report package {file} not found: it may have been moved or deleted. You can export it again if needed.</translation>
    </message>
    <message>
        <source>删除报送</source>
        <translation>Delete submission</translation>
    </message>
    <message>
        <source>将删除{period}的报送和其中全部问卷的答案，不可恢复（修改记录和导出记录会保留）。
确认删除请输入评估期：{period}</source>
        <translation>This deletes the {period} submission and the answers to all its questionnaires. It cannot be undone (the change history and export records are kept).
To confirm, type the assessment period: {period}</translation>
    </message>
    <message>
        <source>已删除{period}的报送。导出记录保留；以后重新新建该期报送时，报送次数接着往下数，区县不会弄混。</source>
        <translation>The {period} submission was deleted. Its export records are kept: if you create a submission for this period again, the submission numbers continue, so the district will not mix them up.</translation>
    </message>
</context>
<context>
    <name>NewSubmissionDialog</name>
    <message>
        <source>新建报送</source>
        <translation>New submission</translation>
    </message>
    <message>
        <source>一次报送 = 一个评估期的全部问卷（{titles}），填完检查后导出成一个报告包，交给区县工信部门。</source>
        <translation>A submission = all questionnaires of one assessment period ({titles}). Once filled in and checked, it is exported as one report package and handed in to the district industry and IT bureau.</translation>
    </message>
    <message>
        <source>评估期</source>
        <translation>Assessment period</translation>
    </message>
    <message>
        <source>默认为最近一个已结束的年度。也可写“{half}”“{quarter}”。</source>
        <translation>Defaults to the most recent completed year. You can also write &quot;{half}&quot; or &quot;{quarter}&quot;.</translation>
    </message>
    <message>
        <source>开始填写</source>
        <translation>Start filling in</translation>
    </message>
    <message>
        <source>评估期应写作“{annual}”“{half}”或“{quarter}”</source>
        <translation>Write the assessment period as &quot;{annual}&quot;, &quot;{half}&quot; or &quot;{quarter}&quot;</translation>
    </message>
    <message>
        <source>评估期年份 {year} 不在合理范围内</source>
        <translation>The year {year} of the assessment period is out of range</translation>
    </message>
    <message>
        <source>{period}的报送已存在，请在首页继续填写</source>
        <translation>A submission for {period} already exists; continue it on the home page</translation>
    </message>
    <message>
        <source>以上期为基础：带入{previous}的答案，再逐项修改</source>
        <translation>Start from {previous}: carry over its answers to edit</translation>
    </message>
    <message>
        <source>以上期为基础（没有更早的同类报送，将从空白开始）</source>
        <translation>Start from the previous period (there is none yet)</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>← 返回首页</source>
        <translation>← Home</translation>
    </message>
    <message>
        <source>{period}报送</source>
        <translation>{period} submission</translation>
    </message>
    <message>
        <source>✓ 已自动保存 00:00:00</source>
        <translation>✓ Saved automatically 00:00:00</translation>
    </message>
    <message>
        <source>未保存：99 处标红</source>
        <translation>Not saved: 99 marked in red</translation>
    </message>
    <message>
        <source>答案随填随存</source>
        <translation>Answers save as you go</translation>
    </message>
    <message>
        <source>口径栏 F1</source>
        <translation>Definitions F1</translation>
    </message>
    <message>
        <source>显示或收起右侧的填报口径（F1）</source>
        <translation>Show or hide the definitions panel on the right (F1)</translation>
    </message>
    <message>
        <source>分工填报…</source>
        <translation>Share with colleagues...</translation>
    </message>
    <message>
        <source>把一个或多个模块发给同事填写（生成分工文件）</source>
        <translation>Send one or more modules to a colleague to fill in (makes a module file)</translation>
    </message>
    <message>
        <source>导入同事答卷…</source>
        <translation>Import returned answers...</translation>
    </message>
    <message>
        <source>合并同事交回的答卷：逐题对照，冲突由您选择</source>
        <translation>Merge the answers a colleague returned: compared question by question, you choose where they conflict</translation>
    </message>
    <message>
        <source>检查并完成</source>
        <translation>Check and complete</translation>
    </message>
    <message>
        <source>查看结果</source>
        <translation>View results</translation>
    </message>
    <message>
        <source>已换用最新版问卷：{titles}（答案全部保留；新版本有题目或说明更新，请核对）</source>
        <translation>Switched to the latest questionnaire version: {titles} (all answers kept; the new version changes some questions or notes, please check)</translation>
    </message>
    <message>
        <source>← 上一模块</source>
        <translation>← Previous module</translation>
    </message>
    <message>
        <source>下一模块：{module} →</source>
        <translation>Next module: {module} →</translation>
    </message>
    <message>
        <source>填好了，交回答卷 →</source>
        <translation>Done, return the answers →</translation>
    </message>
    <message>
        <source>{reason}（未保存，本题仍未填写）</source>
        <translation>{reason} (not saved; this question is still unanswered)</translation>
    </message>
    <message>
        <source>{reason}（未保存，原答案 {answer} 仍有效）</source>
        <translation>{reason} (not saved; the previous answer {answer} still stands)</translation>
    </message>
    <message>
        <source>&lt;b&gt;矛盾：&lt;/b&gt;{message}</source>
        <translation>&lt;b&gt;Contradiction:&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;请核对：&lt;/b&gt;{message}</source>
        <translation>&lt;b&gt;Please check:&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>{message}另见：{places}</source>
        <translation>{message} See also: {places}</translation>
    </message>
    <message>
        <source>矛盾：{message}</source>
        <translation>Contradiction: {message}</translation>
    </message>
    <message>
        <source>请核对：{message}</source>
        <translation>Please check: {message}</translation>
    </message>
    <message>
        <source>与“{question}”的答案矛盾，见该题（{location}）</source>
        <translation>Contradicts the answer to &quot;{question}&quot;: see that question ({location})</translation>
    </message>
    <message>
        <source>请核对：见“{question}”（{location}）</source>
        <translation>Please check: see &quot;{question}&quot; ({location})</translation>
    </message>
    <message>
        <source>{mark}&#x3000;{module}&#x3000;矛盾{n}</source>
        <translation>{mark}  {module}  Contradictions: {n}</translation>
    </message>
    <message>
        <source>{mark}&#x3000;{module}</source>
        <translation>{mark}  {module}</translation>
    </message>
    <message>
        <source>{text}&#x3000;区县意见{n}</source>
        <translation>{text}  District&apos;s notes: {n}</translation>
    </message>
    <message>
        <source>区县要求修改 {n} 处</source>
        <translation>Changes the district asks for: {n}</translation>
    </message>
    <message>
        <source>矛盾 {n} 处</source>
        <translation>Contradictions: {n}</translation>
    </message>
    <message>
        <source>{before}&#x3000;{after}</source>
        <translation>{before}&amp;nbsp;&amp;nbsp;{after}</translation>
    </message>
    <message>
        <source>请核对 {n} 处</source>
        <translation>To check: {n}</translation>
    </message>
    <message>
        <source>本模块尚未填完。{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>本模块不适用：{reason}</source>
        <translation>This module does not apply: {reason}</translation>
    </message>
    <message>
        <source>{name}：{figure}，参照值{target}，{verdict}</source>
        <translation>{name}: {figure}, reference {target}, {verdict}</translation>
    </message>
    <message>
        <source>{name}：{figure}，规划目标{target}，{verdict}</source>
        <translation>{name}: {figure}, target {target}, {verdict}</translation>
    </message>
    <message>
        <source>{text}，差距{gap}</source>
        <translation>{text}, gap {gap}</translation>
    </message>
    <message>
        <source>按自评口径估计可达：{level}</source>
        <translation>Estimated level (self-assessment definition): {level}</translation>
    </message>
    <message>
        <source>本维度得分：{points} / {max}</source>
        <translation>Score for this dimension: {points} / {max}</translation>
    </message>
    <message>
        <source>完成，去检查 →</source>
        <translation>Done, go to check →</translation>
    </message>
    <message>
        <source>下一处区县意见 →</source>
        <translation>Next district&apos;s note →</translation>
    </message>
    <message>
        <source>依次转到区县工信部门在回执中要求修改的题目</source>
        <translation>Go one by one to the questions the district industry and IT bureau asked you to change in its receipt</translation>
    </message>
    <message>
        <source>{district}工信部门退回了第{n}次报送：{count} 处需要修改。</source>
        <translation>The {district} industry and IT bureau returned submission no. {n} for correction: {count} changes needed.</translation>
    </message>
    <message>
        <source>整体意见：{reasons}</source>
        <translation>General notes: {reasons}</translation>
    </message>
    <message>
        <source>说明：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>（经办：{contact}）</source>
        <translation>(clerk in charge: {contact})</translation>
    </message>
    <message>
        <source>改好后重新导出报告包，交给区县。</source>
        <translation>When the changes are done, export the report package again and hand it in to the district.</translation>
    </message>
    <message>
        <source>第{row}行“{column}”填写“{text}”</source>
        <translation>row {row}, &quot;{column}&quot;: &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>{module} · {question}：{input}</source>
        <translation>{module} · {question}: {input}</translation>
    </message>
    <message>
        <source>已保存为 {saved}%；如果是 {meant}%，请输入 {meant}</source>
        <translation>Saved as {saved}%; if you meant {meant}%, enter {meant}</translation>
    </message>
    <message>
        <source>已改回“填写中”：改完后请再点“检查并完成”，之后才能导出新的报告包（以前导出的报告包仍有记录）。</source>
        <translation>Back to &quot;In progress&quot;: when you have finished editing, click &quot;Check and complete&quot; again before exporting a new report package (packages exported earlier stay on record).</translation>
    </message>
    <message>
        <source>与“{question}”的答案矛盾，见该题</source>
        <translation>Contradicts the answer to &quot;{question}&quot;: see that question</translation>
    </message>
    <message>
        <source>请核对：见“{question}”</source>
        <translation>Please check: see &quot;{question}&quot;</translation>
    </message>
    <message>
        <source>已填完</source>
        <translation>All answered</translation>
    </message>
    <message>
        <source>尚有未填写的必答题</source>
        <translation>Required questions still unanswered</translation>
    </message>
    <message>
        <source>有 {n} 处前后矛盾须改正</source>
        <translation>Contradictions to correct: {n}</translation>
    </message>
    <message>
        <source>{module}：{state}</source>
        <translation>{module}: {state}</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>尚未填写 {n} 题</source>
        <translation>Unanswered: {n}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1f6f43&apos;&gt;✓ 本模块已填完&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1f6f43&apos;&gt;✓ Module complete&lt;/span&gt;</translation>
    </message>
    <message>
        <source>未达到三星</source>
        <translation>Below 3-star</translation>
    </message>
    <message>
        <source>已评定全部场景</source>
        <translation>All scenarios rated</translation>
    </message>
    <message>
        <source>本模块没有单独的结果</source>
        <translation>This module has no result of its own</translation>
    </message>
    <message>
        <source>未保存：{n} 处标红</source>
        <translation>Not saved: {n} marked in red</translation>
    </message>
    <message>
        <source>标红的输入没有保存，原答案仍有效；请改正或清空它：
</source>
        <translation>Inputs marked in red are not saved, and the previous answers still stand. Correct or clear them:
</translation>
    </message>
    <message>
        <source>✓ 已自动保存 {time}</source>
        <translation>✓ Saved automatically {time}</translation>
    </message>
    <message>
        <source>每个答案在填写后立即保存，无需另外保存。</source>
        <translation>Every answer is saved as soon as it is entered: there is nothing else to save.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>← 返回首页</source>
        <translation>← Home</translation>
    </message>
    <message>
        <source>评估结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>{heading}&#x3000;{period}报送</source>
        <translation>{heading}&amp;nbsp;&amp;nbsp;{period} submission</translation>
    </message>
    <message>
        <source>修改答案</source>
        <translation>Edit answers</translation>
    </message>
    <message>
        <source>导出报告包…</source>
        <translation>Export report package...</translation>
    </message>
    <message>
        <source>正在计算结果和图表…</source>
        <translation>Calculating results and charts...</translation>
    </message>
    <message>
        <source>正在计算结果和图表…（{step}）</source>
        <translation>Calculating results and charts... ({step})</translation>
    </message>
    <message>
        <source>尚有模块未填写完整（{modules}），下列结果只包括已填写的部分。</source>
        <translation>Some modules are not complete ({modules}): the results below cover only what has been filled in.</translation>
    </message>
    <message>
        <source>&lt;b&gt;对照的政策版本：&lt;/b&gt;{edition}</source>
        <translation>&lt;b&gt;Policy edition compared with:&lt;/b&gt; {edition}</translation>
    </message>
    <message>
        <source>{first}—{last}年</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>适用年份：{years}；内容可信度：{confidence}</source>
        <translation>Years covered: {years}; content reliability: {confidence}</translation>
    </message>
    <message>
        <source>请注意：</source>
        <translation>Please note:</translation>
    </message>
    <message>
        <source>{heading}{note}</source>
        <translation>{heading} {note}</translation>
    </message>
    <message>
        <source>{title}（{number}）</source>
        <translation>{title} ({number})</translation>
    </message>
    <message>
        <source>{year}年在本软件已知的政策版本之后：以下按“{edition}”对照，其期限已过，仅作参照；有新的政策版本时请更新软件或导入市里下发的版本文件。</source>
        <translation>{year} is after the policy editions this software knows: the figures below are compared with &quot;{edition}&quot;, whose term has ended, for reference only. When there is a new policy edition, update the software or import the edition file issued by the city.</translation>
    </message>
    <message>
        <source>{year}年早于“{edition}”的期限，以下按该版本对照，仅作参照。</source>
        <translation>{year} is before the term of &quot;{edition}&quot;: the figures below are compared with that edition for reference only.</translation>
    </message>
    <message>
        <source>未注明</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>来源未注明</source>
        <translation>Source not stated</translation>
    </message>
    <message>
        <source>来源：{source}［{confidence}］</source>
        <translation>Source: {source} [{confidence}]</translation>
    </message>
    <message>
        <source>请先改正前后矛盾的答案（导出前必须改正）：</source>
        <translation>First correct the contradictory answers (required before export):</translation>
    </message>
    <message>
        <source>请核对以下答案（不影响导出，这些提示也会写入报告）：</source>
        <translation>Please check the following answers (export is not blocked; these notes also go into the report):</translation>
    </message>
    <message>
        <source>矛盾</source>
        <translation>Contradiction</translation>
    </message>
    <message>
        <source>请核对</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>{before}&#x3000;{after}</source>
        <translation>{before}&amp;nbsp;&amp;nbsp;{after}</translation>
    </message>
    <message>
        <source>去修改</source>
        <translation>Fix it</translation>
    </message>
    <message>
        <source>参照值（{scope}）：{target}</source>
        <translation>Reference value ({scope}): {target}</translation>
    </message>
    <message>
        <source>规划目标（{scope}）：{target}</source>
        <translation>Plan target ({scope}): {target}</translation>
    </message>
    <message>
        <source>{verdict}，差距 {gap}</source>
        <translation>{verdict}, gap {gap}</translation>
    </message>
    <message>
        <source>已获评：{level}</source>
        <translation>Already awarded: {level}</translation>
    </message>
    <message>
        <source>距{level}还需：{conditions}</source>
        <translation>Still needed for {level}: {conditions}</translation>
    </message>
    <message>
        <source>三项比率为企业自评口径（计算方法见 PDF 报告“分项详情”）。对照的数值仅作参照，不是对本企业的考核目标，也不是南通市对本期设定的目标。</source>
        <translation>The three rates follow the enterprise self-assessment definition (see &quot;Item details&quot; in the PDF report for how they are calculated). The compared values are for reference only: they are neither targets for this enterprise nor targets Nantong has set for this period.</translation>
    </message>
    <message>
        <source>三项比率为企业自评口径（计算方法见 PDF 报告“分项详情”）。规划目标是对全市重点企业整体设定的水平，不是对单个企业的考核。</source>
        <translation>The three rates follow the enterprise self-assessment definition (see &quot;Item details&quot; in the PDF report for how they are calculated). Plan targets are levels set for the city&apos;s key enterprises as a whole, not assessments of individual enterprises.</translation>
    </message>
    <message>
        <source>同行对标</source>
        <translation>Peer comparison</translation>
    </message>
    <message>
        <source>依据：{basis}</source>
        <translation>Basis: {basis}</translation>
    </message>
    <message>
        <source>{label}（{section}）</source>
        <translation>{label} ({section})</translation>
    </message>
    <message>
        <source>依据与支持政策：{references}</source>
        <translation>Basis and support policies: {references}</translation>
    </message>
    <message>
        <source>基础+管理+成效 {points} 分（满分 {max}）</source>
        <translation>Foundation + management + results: {points} points (out of {max})</translation>
    </message>
    <message>
        <source>等级按自评口径判定，正式等级以工业和信息化部评测平台结果为准</source>
        <translation>The level follows the self-assessment definition; the official level is the one given by the MIIT assessment platform</translation>
    </message>
    <message>
        <source>数字化水平等级</source>
        <translation>Digitalisation level</translation>
    </message>
    <message>
        <source>尚未填完</source>
        <translation>Not complete yet</translation>
    </message>
    <message>
        <source>政策条件提示</source>
        <translation>Policy condition indications</translation>
    </message>
    <message>
        <source>以下是本软件按您的填报对照公开条件所作的提示，不是认定结论，以主管部门认定为准。</source>
        <translation>These are indications by this software, comparing your answers with published conditions. They are not decisions: the competent authority&apos;s decision prevails.</translation>
    </message>
    <message>
        <source>条件：{rule}</source>
        <translation>Condition: {rule}</translation>
    </message>
    <message>
        <source>仅为提示，以主管部门认定为准</source>
        <translation>Indication only; the competent authority decides</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>· {source}［{confidence}］</source>
        <translation>· {source} [{confidence}]</translation>
    </message>
    <message>
        <source>“已核对原文”：内容已与发文机关公布的原文核对；“转引，原文未核对”：取自新闻发布、媒体报道或其他单位的转述；“未证实”：只查到文件名称或线索。</source>
        <translation>&quot;Checked against the original&quot;: the content was checked against the original published by the issuing authority; &quot;Quoted, original not checked&quot;: taken from press releases, media reports or other bodies&apos; accounts; &quot;Unconfirmed&quot;: only the document title or a lead was found.</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>改进建议</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>暂无针对性建议。</source>
        <translation>No specific recommendations.</translation>
    </message>
    <message>
        <source>与上期对比</source>
        <translation>Comparison with the previous period</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;（{previous} → {period}）</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ({previous} → {period})</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>答案与上期相同。</source>
        <translation>Answers are the same as in the previous period.</translation>
    </message>
    <message>
        <source>有变化的答案（{n} 项）：</source>
        <translation>Changed answers ({n}):</translation>
    </message>
    <message>
        <source>题目</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>SubmissionCard</name>
    <message>
        <source>{period}&#x3000;报送</source>
        <translation>{period} submission</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete...</translation>
    </message>
    <message>
        <source>删除本期报送及其全部答案</source>
        <translation>Delete this period&apos;s submission and all its answers</translation>
    </message>
    <message>
        <source>正在读取填写进度…</source>
        <translation>Loading progress...</translation>
    </message>
    <message>
        <source>包含：{titles}</source>
        <translation>Contains: {titles}</translation>
    </message>
    <message>
        <source>请按区县意见修改</source>
        <translation>Make the changes the district asks for</translation>
    </message>
    <message>
        <source>点“去修改”逐处查看区县意见；改好后检查并重新导出报告包（第{n}次报送），交给区县。</source>
        <translation>Click &quot;Fix it&quot; to go through the district&apos;s notes one by one; when the changes are done, check and export the report package again (submission no. {n}) and hand it in to the district.</translation>
    </message>
    <message>
        <source>区县已受理</source>
        <translation>Accepted by the district</translation>
    </message>
    <message>
        <source>本期报送已完成，无需再做什么。请保管好盖章的纸质报告。</source>
        <translation>This period&apos;s submission is done; nothing more to do. Keep the stamped paper report in a safe place.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{headline}&lt;/b&gt;&#x3000;{detail}</source>
        <translation>&lt;b&gt;{headline}&lt;/b&gt;&amp;nbsp;&amp;nbsp;{detail}</translation>
    </message>
    <message>
        <source>去修改</source>
        <translation>Fix it</translation>
    </message>
    <message>
        <source>打开问卷，逐处查看区县意见并修改</source>
        <translation>Open the questionnaire and go through the district&apos;s notes one by one to make the changes</translation>
    </message>
    <message>
        <source>查看结果</source>
        <translation>View results</translation>
    </message>
    <message>
        <source>查看未填项</source>
        <translation>Show unanswered</translation>
    </message>
    <message>
        <source>修改答案</source>
        <translation>Edit answers</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>尚未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>{n} 道必答题未填</source>
        <translation>Required unanswered: {n}</translation>
    </message>
    <message>
        <source>必答题已填完</source>
        <translation>Required questions answered</translation>
    </message>
</context>
</TS>
