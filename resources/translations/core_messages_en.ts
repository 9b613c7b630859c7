<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>core</name>
        <message>
            <source>{path} 不是市级汇总库（可能是区县数据库、企业工作区或其他程序的文件）</source>
            <translation>{path} is not a city summary database (it may be a district database, an enterprise workspace or another program's file)</translation>
        </message>
        <message>
            <source>找不到市级汇总库 {path}（请先登记区县密钥以创建它）</source>
            <translation>City summary database {path} not found (register a district's key first to create it)</translation>
        </message>
        <message>
            <source>{path} 是文件夹，请给出市级汇总库的文件名，如 nantong{suffix}</source>
            <translation>{path} is a folder: please give the city summary database's file name, e.g. nantong{suffix}</translation>
        </message>
        <message>
            <source>市级汇总库 {path} 由更新版本的软件创建（第 {version} 版），请升级本软件</source>
            <translation>City summary database {path} was created by a newer version of the software (version {version}); please upgrade this software</translation>
        </message>
        <message>
            <source>{path} 是文件夹，请给出文件名，如 {example}</source>
            <translation>{path} is a folder: please give a file name, e.g. {example}</translation>
        </message>
        <message>
            <source>已导入</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>已导入（替代该区县此前的汇总）</source>
            <translation>Imported (replaces the district's earlier summary)</translation>
        </message>
        <message>
            <source>已导入为历史（该区县已有更新的汇总）</source>
            <translation>Imported as history (the district already has a newer summary)</translation>
        </message>
        <message>
            <source>已导入过，未作改动</source>
            <translation>Imported before; nothing changed</translation>
        </message>
        <message>
            <source>拒收</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>{file}：{verdict}。{message}</source>
            <translation>{file}: {verdict}. {message}</translation>
        </message>
        <message>
            <source>{file}：{message}</source>
            <translation>{file}: {message}</translation>
        </message>
        <message>
            <source>{what_file}内容不完整或格式不对（{what}），不是本软件写出的汇总包，不能使用。请向区县重新索取</source>
            <translation>The {what_file} is incomplete or malformed ({what}): it is not a summary package written by this software and cannot be used. Please ask the district for it again</translation>
        </message>
        <message>
            <source>{where} 缺少</source>
            <translation>{where} missing</translation>
        </message>
        <message>
            <source>{what_file}中的“{where}”含有看不见的字符（{chars}）：{text}。请区县核实后重新导出</source>
            <translation>"{where}" in the {what_file} contains invisible characters ({chars}): {text}. Please ask the district to check and export it again</translation>
        </message>
        <message>
            <source>{where}缺少 {name}</source>
            <translation>{name} missing in {where}</translation>
        </message>
        <message>
            <source>配额行重复</source>
            <translation>duplicate quota row</translation>
        </message>
        <message>
            <source>企业 {uscc} 列了两次</source>
            <translation>enterprise {uscc} listed twice</translation>
        </message>
        <message>
            <source>{label}：汇总数为 {stated}，按企业清单应为 {listed}</source>
            <translation>{label}: the summary says {stated}, the enterprise list gives {listed}</translation>
        </message>
        <message>
            <source>汇总包中的地区“{district}”不在计划的地区名单中，不能计入全市汇总</source>
            <translation>The district "{district}" in the summary package is not in the plan's list of districts and cannot be counted in the city summary</translation>
        </message>
        <message>
            <source>尚未登记{district}的密钥，无法确认汇总包来自该区县。请先向{district}索取其区县文件（.zgszkey），电话核对指纹后登记（zgsz city pin），再导入</source>
            <translation>No key is registered for {district} yet, so there is no way to confirm the summary package comes from that district. Please ask {district} for its district file (.zgszkey), check the fingerprint with them by phone and register it (zgsz city pin), then import</translation>
        </message>
        <message>
            <source>汇总包的签名密钥（指纹 {found}）不是已登记的{district}密钥（指纹 {pinned}）：它不是该区县签发的，或该区县更换了密钥。请与{district}电话核对</source>
            <translation>The summary package's signing key (fingerprint {found}) is not the key registered for {district} (fingerprint {pinned}): either the district did not issue it, or the district changed its key. Please check with {district} by phone</translation>
        </message>
        <message>
            <source>评估期与年度不一致</source>
            <translation>assessment period does not match the year</translation>
        </message>
        <message>
            <source>{district}汇总包中的数字与其企业清单对不上（{count} 处），不能计入全市汇总：{details}。请区县核查后重新导出</source>
            <translation>The figures in the {district} summary package do not match its list of enterprises ({count} places) and cannot be counted in the city summary: {details}. Please ask the district to check and export it again</translation>
        </message>
        <message>
            <source>{district} {period}：{label}</source>
            <translation>{district} {period}: {label}</translation>
        </message>
        <message>
            <source>{district} {period}：{label}，企业 {count} 家</source>
            <translation>{district} {period}: {label}, {count} enterprises</translation>
        </message>
        <message>
            <source>{message}。注意：该区县导出时数据库核查未通过（强制导出），数字仅供参考，请与区县核实</source>
            <translation>{message}. Note: the district's database audit failed when it exported (exported anyway); the figures are for reference only, please check with the district</translation>
        </message>
        <message>
            <source>{message}。注意：其中 {count} 家企业另有地区也报送了同一评估期（{examples}），请与相关区县核实归属</source>
            <translation>{message}. Note: {count} of these enterprises were also reported by another district for the same assessment period ({examples}); please check with the districts concerned which one they belong to</translation>
        </message>
        <message>
            <source>{district}的密钥已登记过，指纹 {fingerprint}，未作改动</source>
            <translation>The key of {district} is already registered, fingerprint {fingerprint}; nothing changed</translation>
        </message>
        <message>
            <source>已将{district}的密钥更换为指纹 {fingerprint}（原指纹 {old}）。请与区县工信部门电话核对新指纹</source>
            <translation>The key of {district} was replaced by the one with fingerprint {fingerprint} (previously {old}). Please check the new fingerprint with the district industry and IT bureau by phone</translation>
        </message>
        <message>
            <source>已登记{district}的密钥，指纹 {fingerprint}。请与区县工信部门电话核对这一指纹，一致后再导入其汇总包</source>
            <translation>Key of {district} registered, fingerprint {fingerprint}. Please check this fingerprint with the district industry and IT bureau by phone, and import its summary package only once they match</translation>
        </message>
        <message>
            <source>{name} 是旧版软件生成的区县文件，其中没有区县的签名公钥，不能用来核对汇总包。请{district}用新版软件重新导出区县文件（.zgszkey）后发来</source>
            <translation>{name} is a district file made by an older version of the software; it has no district signing key and cannot be used to check summary packages. Please ask {district} to export its district file (.zgszkey) again with the new version and send it</translation>
        </message>
        <message>
            <source>{district}已登记过另一个密钥（指纹 {old}），与 {name} 中的（指纹 {new}）不同。如确是该区县更换了密钥，请先电话核对新指纹，再选择“更换密钥”（命令行加 --replace）</source>
            <translation>A different key is already registered for {district} (fingerprint {old}) than the one in {name} (fingerprint {new}). If the district really changed its key, first check the new fingerprint by phone, then choose "Replace key" (on the command line add --replace)</translation>
        </message>
        <message>
            <source>导出 Parquet 需要 pyarrow，本机没有安装。市级用户请安装完整版：pip install "zgsz-desktop[city]"（见 docs/city.md）；Excel 和 PDF 导出不受影响</source>
            <translation>Exporting Parquet needs pyarrow, which is not installed on this computer. City users: please install the full version: pip install "zgsz-desktop[city]" (see docs/city.md); Excel and PDF exports are not affected</translation>
        </message>
        <message>
            <source>{period}的报送中没有题目 {question}</source>
            <translation>The {period} submission has no question {question}</translation>
        </message>
        <message>
            <source>题目 {question} 在几份问卷中都有，请用 --questionnaire 指定：{ids}</source>
            <translation>Question {question} is in several questionnaires. Choose one with --questionnaire: {ids}</translation>
        </message>
        <message>
            <source>已附上 {name}（{size}，编号 {id}）</source>
            <translation>Attached {name} ({size}, number {id})</translation>
        </message>
        <message>
            <source>未附上 {path}：{reason}</source>
            <translation>Not attached: {path}: {reason}</translation>
        </message>
        <message>
            <source>共 {count} 个文件，{size}。{limits}</source>
            <translation>{count} file(s), {size}. {limits}</translation>
        </message>
        <message>
            <source>已删除 {name}（编号 {id}）</source>
            <translation>Deleted {name} (number {id})</translation>
        </message>
        <message>
            <source>已导出 {count} 个文件和清单 {index}</source>
            <translation>Exported {count} file(s) and the list {index}</translation>
        </message>
        <message>
            <source>找不到文件 {path}</source>
            <translation>File {path} not found</translation>
        </message>
        <message>
            <source>{name} 过大，不是本软件写出的对标文件</source>
            <translation>{name} is too large to be a benchmark file written by this software</translation>
        </message>
        <message>
            <source>没有找到表头，请用 --header-row 指定表头所在的行</source>
            <translation>No header found. Give the row the header is in with --header-row</translation>
        </message>
        <message>
            <source>--map {pair} 无法识别，应写成 字段=列，如 数量=台数</source>
            <translation>--map {pair} is not understood. Write it as field=column (e.g. 数量=台数)</translation>
        </message>
        <message>
            <source>表头中没有名为“{column}”的列，可选：{columns}</source>
            <translation>The header has no column named "{column}". Columns: {columns}</translation>
        </message>
        <message>
            <source>--process {pair} 无法识别，应写成 车间=工序，如 一车间=数控车削</source>
            <translation>--process {pair} is not understood. Write it as workshop=process (e.g. 一车间=数控车削)</translation>
        </message>
        <message>
            <source>在工作表“{sheet}”的前几十行中没有找到表头（含“设备名称”“数量”“车间”等的行），请用 --header-row 指定表头所在的行</source>
            <translation>No header (a row with "equipment name", "quantity", "workshop" and the like) was found in the first few dozen rows of sheet "{sheet}". Give the row the header is in with --header-row</translation>
        </message>
        <message>
            <source>{directory} 中没有工作区，请先初始化（zgsz workspace init）</source>
            <translation>There is no workspace in {directory}. Create one first (zgsz workspace init)</translation>
        </message>
        <message>
            <source>“{name}”不是规划中的地区。示例区县可以是：{names}</source>
            <translation>"{name}" is not a district of the plan. The demo district can be one of: {names}</translation>
        </message>
        <message>
            <source>数据库中记录的{period}对标文件（{at}发布）无法读取，不能确认再次发布不会泄露个别企业的数值。请先运行“核查数据库”或请技术人员查看</source>
            <translation>The benchmark file for {period} recorded in the database (issued {at}) cannot be read, so it cannot be confirmed that publishing again would not reveal individual enterprises' figures. Run "Check database" first, or ask technical support to look at it</translation>
        </message>
        <message>
            <source>导出{period}对标文件（{n} 个分组）：{name}</source>
            <translation>Benchmark file for {period} exported ({n} groups): {name}</translation>
        </message>
        <message>
            <source>{first}、{then}</source>
            <translation>{first}, {then}</translation>
        </message>
        <message>
            <source>{group}的{measure}</source>
            <translation>{measure} of {group}</translation>
        </message>
        <message>
            <source>本期已发布过对标文件，与上次只差 1–4 家企业的分组这次不单独发布（并入上一级，以免对照两份文件推算出个别企业）：{groups}</source>
            <translation>A benchmark file was already published for this period. Groups that differ from the last one by only 1-4 enterprises are not published on their own this time (they are merged into the next group up, so that comparing the two files cannot reveal individual enterprises): {groups}</translation>
        </message>
        <message>
            <source>{period}已发布过对标文件，此后只多或少了 1–4 家企业：现在再发布，对照两份文件就能推算出这几家企业的数值，所以没有可以发布的分组。请等更多企业报送后再导出</source>
            <translation>A benchmark file for {period} was already published and only 1-4 enterprises have been added or removed since: publishing again now would let anyone comparing the two files work out those enterprises' figures, so no group can be published. Please export again when more enterprises have submitted</translation>
        </message>
        <message>
            <source>{period}只有 {n} 家企业有完整的报送，不足 5 家，不能发布同行对标（任何分组都会暴露单个企业）</source>
            <translation>Only {n} enterprises have a complete submission for {period}, fewer than 5: no peer comparison can be published (any group would expose individual enterprises)</translation>
        </message>
        <message>
            <source>数据库中佐证材料的记录与保存的报告包不符，数据库可能被修改过（可运行“核查数据库”查看）</source>
            <translation>The database's records of supporting documents do not match the stored report packages; the database may have been modified (run "Audit database" to see)</translation>
        </message>
        <message>
            <source>区县密钥与其编号不符，无法签发回执</source>
            <translation>The district key does not match its key ID; no receipt can be issued</translation>
        </message>
        <message>
            <source>无法写入区县文件 {path}（{error}）</source>
            <translation>Cannot write the district file {path} ({error})</translation>
        </message>
        <message>
            <source>数据库中保存的报告包 {package} 缺失或与收到时的不同，无法签发回执；请先运行“核查数据库”</source>
            <translation>Report package {package} stored in the database is missing or differs from what was received, so no receipt can be issued; please run "Audit database" first</translation>
        </message>
        <message>
            <source>无法创建文件夹 {folder}（{error}）</source>
            <translation>Cannot create folder {folder} ({error})</translation>
        </message>
        <message>
            <source>无法在 {folder} 中写入回执（{error}），没有生成任何回执</source>
            <translation>Cannot write receipts in {folder} ({error}); no receipts were written</translation>
        </message>
        <message>
            <source>生成回执（{count} 个报告包）：{name}</source>
            <translation>Receipt written ({count} report packages): {name}</translation>
        </message>
        <message>
            <source>（更正）</source>
            <translation> (corrected)</translation>
        </message>
        <message>
            <source>（更新）</source>
            <translation> (updated)</translation>
        </message>
        <message>
            <source>第{n}次报送{kind}</source>
            <translation>Submission no. {n}{kind}</translation>
        </message>
        <message>
            <source>{head}：{count} 处修改</source>
            <translation>{head}: {count} changes</translation>
        </message>
        <message>
            <source>{head}：答卷没有改动</source>
            <translation>{head}: no answers changed</translation>
        </message>
        <message>
            <source>待受理</source>
            <translation>Awaiting decision</translation>
        </message>
        <message>
            <source>，{contact}</source>
            <translation>, {contact}</translation>
        </message>
        <message>
            <source>，回执已生成</source>
            <translation>, receipt written</translation>
        </message>
        <message>
            <source>，回执未生成</source>
            <translation>, receipt not yet written</translation>
        </message>
        <message>
            <source>{status}（{at}，{clerk}{contact}{sent}）</source>
            <translation>{status} ({at}, {clerk}{contact}{sent})</translation>
        </message>
        <message>
            <source>{value}（内容有改动）</source>
            <translation>{value} (content changed)</translation>
        </message>
        <message>
            <source>已受理</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>退回修改</source>
            <translation>Returned for correction</translation>
        </message>
        <message>
            <source>已更正待受理</source>
            <translation>Corrected, awaiting decision</translation>
        </message>
        <message>
            <source>{state}（回执已生成）</source>
            <translation>{state} (receipt written)</translation>
        </message>
        <message>
            <source>{state}（回执未生成）</source>
            <translation>{state} (no receipt yet)</translation>
        </message>
        <message>
            <source>{what}太长（{count} 个字，最多 {limit} 个字）</source>
            <translation>{what} is too long ({count} characters, at most {limit})</translation>
        </message>
        <message>
            <source>理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>请写明要企业修改什么（理由不能为空）</source>
            <translation>Please write what the enterprise must change (the reason cannot be empty)</translation>
        </message>
        <message>
            <source>题目</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>报送中没有问卷“{questionnaire}”（本报送的问卷：{known}）</source>
            <translation>The submission has no questionnaire "{questionnaire}" (its questionnaires: {known})</translation>
        </message>
        <message>
            <source>题目“{question}”要写明所属问卷，如 问卷编号/题目编号</source>
            <translation>Question "{question}" must name its questionnaire, as questionnaire ID/question ID</translation>
        </message>
        <message>
            <source>问卷“{questionnaire}”中没有题目“{question}”，请核对题目编号</source>
            <translation>Questionnaire "{questionnaire}" has no question "{question}"; please check the question ID</translation>
        </message>
        <message>
            <source>理由太多（{count} 条，最多 {limit} 条）</source>
            <translation>Too many reasons ({count}, at most {limit})</translation>
        </message>
        <message>
            <source>该企业{period}的报送中没有编号为 {package} 的报告包</source>
            <translation>The enterprise's {period} submission has no report package with ID {package}</translation>
        </message>
        <message>
            <source>这个报告包已被第{n}次报送取代，不能再对它作出决定；请对最新的报送受理或退回</source>
            <translation>This report package was replaced by submission no. {n}, so no decision can be made on it any more; please accept or return the latest submission</translation>
        </message>
        <message>
            <source>受理结果只能是“已受理”或“退回修改”</source>
            <translation>The decision can only be "Accepted" or "Returned for correction"</translation>
        </message>
        <message>
            <source>经办人姓名</source>
            <translation>Name of the clerk in charge</translation>
        </message>
        <message>
            <source>请填写经办人姓名（写入回执，企业据此联系）</source>
            <translation>Please enter the name of the clerk in charge (written in the receipt, so the enterprise knows whom to contact)</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>整体意见</source>
            <translation>General note</translation>
        </message>
        <message>
            <source>该企业（{uscc}）没有{period}的报送，无法受理或退回</source>
            <translation>This enterprise ({uscc}) has no submission for {period}, so there is nothing to accept or return</translation>
        </message>
        <message>
            <source>受理时不填写退回理由；如需企业修改，请选择“退回修改”</source>
            <translation>An acceptance has no reasons for return; if the enterprise must change something, choose "Returned for correction"</translation>
        </message>
        <message>
            <source>退回修改时请至少指出一处要修改的题目，或写明整体意见</source>
            <translation>To return a submission for correction, name at least one question to change or write a general note</translation>
        </message>
        <message>
            <source>{status}（第{n}次报送，{period}，经办人 {clerk}，{count} 条理由）</source>
            <translation>{status} (submission no. {n}, {period}, clerk in charge {clerk}, {count} reasons)</translation>
        </message>
        <message>
            <source>区县汇总包</source>
            <translation>district summary package</translation>
        </message>
        <message>
            <source>区县汇总包按年度汇总：评估期请写作“{year}年度”</source>
            <translation>District summary packages cover a whole year: please write the assessment period as "{year}年度"</translation>
        </message>
        <message>
            <source>……另有 {count} 行，见区县的“核查数据库”</source>
            <translation>... {count} more lines: see the district's "Check database"</translation>
        </message>
        <message>
            <source>这个区县数据库属于{db_district}，而密钥是{key_district}的：请用本区县的密钥</source>
            <translation>This district database belongs to {db_district}, but the key is that of {key_district}: please use your own district's key</translation>
        </message>
        <message>
            <source>核查已取消，没有写出汇总包</source>
            <translation>Audit cancelled; no summary package was written</translation>
        </message>
        <message>
            <source>核查发现数据库在本软件之外被改动过（{count} 处），汇总包没有写出。请先按“核查数据库”的结果处理；确需照现状上报的，可强制导出，汇总包中会注明核查未通过。
{message}</source>
            <translation>The audit found the database was changed outside this software ({count} places); no summary package was written. Please deal with the results of "Audit database" first; if it really must be reported as it is, you can force the export, and the summary package will state that the audit failed.
{message}</translation>
        </message>
        <message>
            <source>注意：本区县数据库还没有导入任何报告包，汇总包中已报送企业为 0 家</source>
            <translation>Note: no report package has been imported into this district database yet, so the summary package lists 0 submitting enterprises</translation>
        </message>
        <message>
            <source>注意：本区县数据库中没有{period}的报送，汇总包中已报送企业为 0 家。请确认评估期是否写对（库中有报送的年度：{years}）</source>
            <translation>Note: this district database has no submissions for {period}, so the summary package lists 0 submitting enterprises. Please check the period (years with submissions in the database: {years})</translation>
        </message>
        <message>
            <source>{name} 正被其他程序打开或锁定（例如 PDF 阅读器、Excel、杀毒软件或同步盘正在读取），请关闭后重试</source>
            <translation>{name} is open or locked by another program (for example a PDF reader, Excel, antivirus software or a sync folder reading it). Close it and try again</translation>
        </message>
        <message>
            <source>路径太长（{count} 个字符）：请把它放到路径较短的文件夹中（例如 D:\智改数转），或缩短上级文件夹的名称</source>
            <translation>The path is too long ({count} characters): move it to a folder with a shorter path (for example D:\zgsz), or shorten the names of the folders above it</translation>
        </message>
        <message>
            <source>找不到{what} {path}</source>
            <translation>Cannot find the {what} {path}</translation>
        </message>
        <message>
            <source>无法读取{what} {path}（{reason}）</source>
            <translation>Cannot read the {what} {path} ({reason})</translation>
        </message>
        <message>
            <source>{what} 格式不对</source>
            <translation>Wrong format: {what}</translation>
        </message>
        <message>
            <source>密码至少需要 {count} 个字符（可用中文、字母和数字组合）</source>
            <translation>The password needs at least {count} characters (Chinese characters, letters and digits can be combined)</translation>
        </message>
        <message>
            <source>密码中有看不见的字符（{chars}），以后无法照样输入。请直接用键盘输入密码，不要粘贴</source>
            <translation>The password has invisible characters ({chars}) that you could not type again later. Type the password on the keyboard; do not paste it</translation>
        </message>
        <message>
            <source>密码的开头或结尾是空格：输入时看不出来，以后容易输错。请去掉开头和结尾的空格</source>
            <translation>The password starts or ends with a space: you cannot see it while typing, so it is easy to get wrong later. Remove the spaces at the start and the end</translation>
        </message>
        <message>
            <source>不支持的密钥加密方式</source>
            <translation>Unsupported key encryption method</translation>
        </message>
        <message>
            <source>密钥加密参数异常，密钥文件可能已损坏或被修改</source>
            <translation>Unexpected key encryption settings: the key file may be damaged or modified</translation>
        </message>
        <message>
            <source>密钥</source>
            <translation>key</translation>
        </message>
        <message>
            <source>密码不正确（或密钥文件已损坏）</source>
            <translation>Wrong password (or the key file is damaged)</translation>
        </message>
        <message>
            <source>内存不足，无法解开密钥</source>
            <translation>Not enough memory to unlock the key</translation>
        </message>
        <message>
            <source>密钥数据不完整或格式不对</source>
            <translation>The key data is incomplete or in the wrong format</translation>
        </message>
        <message>
            <source>签名密钥与其公钥不匹配，密钥数据已损坏</source>
            <translation>The signing key does not match its public key: the key data is damaged</translation>
        </message>
        <message>
            <source>不是本软件的企业签名密钥备份文件</source>
            <translation>Not a signing key backup file from this software</translation>
        </message>
        <message>
            <source>公钥</source>
            <translation>public key</translation>
        </message>
        <message>
            <source>密钥备份文件中的公钥与指纹不符，文件已损坏或被修改</source>
            <translation>The public key in the key backup file does not match its fingerprint: the file is damaged or was modified</translation>
        </message>
        <message>
            <source>密钥备份文件缺少私钥</source>
            <translation>The key backup file has no private key</translation>
        </message>
        <message>
            <source>企业签名公钥无效，无法为其加密回执</source>
            <translation>The enterprise's signing key is invalid; the receipt cannot be encrypted for it</translation>
        </message>
        <message>
            <source>区县文件</source>
            <translation>district file</translation>
        </message>
        <message>
            <source>{source} 是区县工信部门自己保管的私钥文件，不是发给企业的区县文件（{suffix}）</source>
            <translation>{source} is the private key file the district industry and IT bureau keeps for itself, not the district file ({suffix}) given to enterprises</translation>
        </message>
        <message>
            <source>{source} 不是区县工信部门发给企业的区县文件（{suffix}）</source>
            <translation>{source} is not a district file ({suffix}) that the district industry and IT bureau gives to enterprises</translation>
        </message>
        <message>
            <source>{source} 中的公钥</source>
            <translation>the public key in {source}</translation>
        </message>
        <message>
            <source>{source} 中的公钥长度不对</source>
            <translation>The public key in {source} has the wrong length</translation>
        </message>
        <message>
            <source>{source} 中的公钥与密钥编号不符，文件已损坏或被修改，请向区县工信部门重新索取</source>
            <translation>The public key in {source} does not match its key ID: the file is damaged or was modified. Please ask the district industry and IT bureau for the file again</translation>
        </message>
        <message>
            <source>{source} 中的地区“{district}”不在计划的地区名单中</source>
            <translation>The district "{district}" in {source} is not in the plan's list of districts</translation>
        </message>
        <message>
            <source>{source} 中的签名公钥</source>
            <translation>the signing key in {source}</translation>
        </message>
        <message>
            <source>{source} 中的签名公钥与其编号不符，文件已损坏或被修改，请向区县工信部门重新索取</source>
            <translation>The signing key in {source} does not match its key ID: the file is damaged or was modified. Please ask the district industry and IT bureau for the file again</translation>
        </message>
        <message>
            <source>{name} 不是{what}（文件过大）</source>
            <translation>{name} is not a {what} (the file is too large)</translation>
        </message>
        <message>
            <source>无法读取{what} {path}：文件已损坏或不是{what}</source>
            <translation>Cannot read the {what} {path}: the file is damaged or is not a {what}</translation>
        </message>
        <message>
            <source>区县密钥文件中的签名公钥与私钥不匹配，密钥文件已损坏或被修改</source>
            <translation>The signing key in the district key file does not match the private key: the key file is damaged or was modified</translation>
        </message>
        <message>
            <source>区县密钥与其公钥不匹配，密钥文件已损坏</source>
            <translation>The district key does not match its public key: the key file is damaged</translation>
        </message>
        <message>
            <source>区县密钥文件</source>
            <translation>district key file</translation>
        </message>
        <message>
            <source>{name} 不是区县密钥文件（{suffix}）</source>
            <translation>{name} is not a district key file ({suffix})</translation>
        </message>
        <message>
            <source>{name} 缺少私钥</source>
            <translation>{name} has no private key</translation>
        </message>
        <message>
            <source>数量为空</source>
            <translation>No quantity</translation>
        </message>
        <message>
            <source>数量“{value}”不是数字</source>
            <translation>Quantity "{value}" is not a number</translation>
        </message>
        <message>
            <source>数量“{value}”不是整数</source>
            <translation>Quantity "{value}" is not a whole number</translation>
        </message>
        <message>
            <source>数量“{value}”是负数</source>
            <translation>Quantity "{value}" is negative</translation>
        </message>
        <message>
            <source>数量 {value} 过大（一行超过 {limit} 台），请核对</source>
            <translation>Quantity {value} is too large (over {limit} units in one row). Please check it</translation>
        </message>
        <message>
            <source>非生产场所（{word}），默认不计入；确属关键工序的请改为计入</source>
            <translation>Not a production site ({word}), so not counted by default; if it really is a key process, set it to counted</translation>
        </message>
        <message>
            <source>已取消读取台账</source>
            <translation>Reading the ledger was cancelled</translation>
        </message>
        <message>
            <source>其中数控 {nc} 台多于数量 {quantity} 台</source>
            <translation>{nc} CNC units, more than the quantity of {quantity} units</translation>
        </message>
        <message>
            <source>空行</source>
            <translation>Empty row</translation>
        </message>
        <message>
            <source>合计/小计行</source>
            <translation>Total/subtotal row</translation>
        </message>
        <message>
            <source>重复的表头行</source>
            <translation>Repeated header row</translation>
        </message>
        <message>
            <source>已手动设为不计入</source>
            <translation>Set to not counted by hand</translation>
        </message>
        <message>
            <source>没有设备名称、型号、数量和工序</source>
            <translation>No equipment name, model, quantity or process</translation>
        </message>
        <message>
            <source>状态为“{status}”（不在用）</source>
            <translation>Status is "{status}" (not in use)</translation>
        </message>
        <message>
            <source>未填工序/车间</source>
            <translation>No process/workshop</translation>
        </message>
        <message>
            <source>“{process}”设为不计入关键工序</source>
            <translation>"{process}" is set as not counted in key processes</translation>
        </message>
        <message>
            <source>{cells} 是公式，文件中没有保存计算结果</source>
            <translation>{cells} holds a formula whose result is not saved in the file</translation>
        </message>
        <message>
            <source>数量为 0</source>
            <translation>Quantity is 0</translation>
        </message>
        <message>
            <source>已手动设为数控</source>
            <translation>Set to CNC by hand</translation>
        </message>
        <message>
            <source>已手动设为非数控</source>
            <translation>Set to non-CNC by hand</translation>
        </message>
        <message>
            <source>数控栏“{value}”无法识别，按名称推断</source>
            <translation>CNC entry "{value}" not recognised; inferred from the name</translation>
        </message>
        <message>
            <source>数控栏为空，按名称推断</source>
            <translation>CNC entry empty; inferred from the name</translation>
        </message>
        <message>
            <source>数量为空，按 1 台（套）计</source>
            <translation>No quantity: counted as 1 unit</translation>
        </message>
        <message>
            <source>{first}；{second}</source>
            <translation>{first}; {second}</translation>
        </message>
        <message>
            <source>{cells} 等 {n} 处</source>
            <translation>{cells} and others ({n} cells in all)</translation>
        </message>
        <message>
            <source>{cells} 是公式，但文件中没有保存计算结果（由其他软件生成），无法知道其数值。请在 Excel 中打开该文件、保存一次后再导入；或把这些行设为不计入</source>
            <translation>{cells} hold formulas, but the file has no saved results for them (it was made by other software), so their values are unknown. Open the file in Excel, save it once, then import it again; or set these rows as not counted</translation>
        </message>
        <message>
            <source>没有计入任何设备：请检查列的对应和工序归类</source>
            <translation>No equipment was counted: check how the columns are matched and how the processes are grouped</translation>
        </message>
        <message>
            <source>归入了 {n} 道关键工序，关键工序表最多 {limit} 行。请把相近的车间归入同一道工序，或把非关键的设为不计入</source>
            <translation>The rows go to {n} key processes, but the key-process table holds at most {limit} rows. Put similar workshops into the same process, or set those that are not key as not counted</translation>
        </message>
        <message>
            <source>“{name}”共 {n} 台（套），超过表格上限 {limit}，请核对数量列</source>
            <translation>"{name}" has {n} units in total, over the table's limit of {limit}. Please check the quantity column</translation>
        </message>
        <message>
            <source>第{n}列</source>
            <translation>Column {n}</translation>
        </message>
        <message>
            <source>请指定“所属工序/车间”所在的列：按它把设备归入关键工序</source>
            <translation>Choose the column for "process/workshop": equipment is grouped into key processes by it</translation>
        </message>
        <message>
            <source>请至少指定“设备名称”“规格型号”或“数量”中的一列</source>
            <translation>Choose a column for at least one of "equipment name", "model" or "quantity"</translation>
        </message>
        <message>
            <source>未知的字段 {field}</source>
            <translation>Unknown field {field}</translation>
        </message>
        <message>
            <source>“{field}”指定的列不存在</source>
            <translation>The column chosen for "{field}" does not exist</translation>
        </message>
        <message>
            <source>“{column}”列被指定给了多个字段</source>
            <translation>Column "{column}" is chosen for more than one field</translation>
        </message>
        <message>
            <source>找不到台账文件 {path}</source>
            <translation>Cannot find the ledger file {path}</translation>
        </message>
        <message>
            <source>{path} 是文件夹，请选择台账文件（.xlsx 或 .csv）</source>
            <translation>{path} is a folder. Please choose a ledger file (.xlsx or .csv)</translation>
        </message>
        <message>
            <source>无法读取台账文件 {path}（{reason}）</source>
            <translation>Cannot read the ledger file {path} ({reason})</translation>
        </message>
        <message>
            <source>台账文件 {name} 是空的（0 字节），请确认选对了文件</source>
            <translation>The ledger file {name} is empty (0 bytes). Please make sure you chose the right file</translation>
        </message>
        <message>
            <source>台账文件 {name} 有 {size} MB，超过上限 {limit} MB。请只保留设备清单所在的工作表，另存后再导入</source>
            <translation>The ledger file {name} is {size} MB, over the limit of {limit} MB. Keep only the sheet with the equipment list, save it as a new file and import that</translation>
        </message>
        <message>
            <source>{name} 不是有效的 Excel（.xlsx）文件，可能已损坏或只下载了一部分。请在 Excel 中打开并另存为 .xlsx（或 CSV）后再导入</source>
            <translation>{name} is not a valid Excel (.xlsx) file: it may be damaged or only partly downloaded. Open it in Excel, save it as .xlsx (or CSV), then import it</translation>
        </message>
        <message>
            <source>{name} 设有打开密码，无法读取。请在 Excel 中打开，去掉密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx 再导入</source>
            <translation>{name} has an opening password and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear the password), save it as .xlsx, then import it</translation>
        </message>
        <message>
            <source>{name} 是旧版 Excel 97-2003 文件（.xls），本软件无法读取。请在 Excel 中另存为 .xlsx（或 CSV）后再导入</source>
            <translation>{name} is an old Excel 97-2003 file (.xls), which this software cannot read. Save it as .xlsx (or CSV) in Excel, then import it</translation>
        </message>
        <message>
            <source>{name} 已损坏或不是 Excel 工作簿，无法读取。请在 Excel 中打开并另存为 .xlsx（或 CSV）后再导入</source>
            <translation>{name} is damaged or is not an Excel workbook, so it cannot be read. Open it in Excel, save it as .xlsx (or CSV), then import it</translation>
        </message>
        <message>
            <source>{name} 中没有工作表</source>
            <translation>{name} has no sheets</translation>
        </message>
        <message>
            <source>{name} 中没有名为“{sheet}”的工作表</source>
            <translation>{name} has no sheet named "{sheet}"</translation>
        </message>
        <message>
            <source>正在读取第 {n} 行</source>
            <translation>Reading row {n}</translation>
        </message>
        <message>
            <source>工作表“{sheet}”超过 {limit} 行，超出本软件的上限。请删去与设备无关的行后再导入</source>
            <translation>Sheet "{sheet}" has more than {limit} rows, over this software's limit. Delete the rows that are not about equipment, then import it</translation>
        </message>
        <message>
            <source>{name} 不是能识别的文字文件（既不是 UTF-8，也不是 GBK 编码），可能不是台账。请在 Excel 中打开后另存为 .xlsx 再导入</source>
            <translation>{name} is not a text file this software can read (neither UTF-8 nor GBK encoded); it may not be a ledger. Open it in Excel, save it as .xlsx, then import it</translation>
        </message>
        <message>
            <source>{name} 含有二进制内容，不是表格文字文件。请选择 .xlsx 或 .csv 台账</source>
            <translation>{name} holds binary content: it is not a table in text form. Please choose an .xlsx or .csv ledger</translation>
        </message>
        <message>
            <source>台账文件 {name} 中没有内容</source>
            <translation>The ledger file {name} has no content</translation>
        </message>
        <message>
            <source>{name} 超过 {limit} 行，超出本软件的上限。请删去与设备无关的行后再导入</source>
            <translation>{name} has more than {limit} rows, over this software's limit. Delete the rows that are not about equipment, then import it</translation>
        </message>
        <message>
            <source>{name} 第 {n} 行无法按表格读取（{reason}）。请在 Excel 中打开后另存为 .xlsx 再导入</source>
            <translation>Row {n} of {name} cannot be read as a table ({reason}). Open the file in Excel, save it as .xlsx, then import it</translation>
        </message>
        <message>
            <source>关键工序表中已有 {n} 行，确认后才会用台账的结果替换</source>
            <translation>The key-process table already has {n} row(s); they are replaced with the ledger's result only after you confirm</translation>
        </message>
        <message>
            <source>{name} 中没有名为“{sheet}”的工作表，可选：{sheets}</source>
            <translation>{name} has no sheet named "{sheet}". Sheets: {sheets}</translation>
        </message>
        <message>
            <source>台账文件 {name} 中没有内容（唯一的工作表“{sheet}”是空的），请确认选对了文件</source>
            <translation>The ledger file {name} has no content (its only sheet, "{sheet}", is empty). Please make sure you chose the right file</translation>
        </message>
        <message>
            <source>工作表“{sheet}”是空的，请选择设备清单所在的工作表</source>
            <translation>Sheet "{sheet}" is empty. Please choose the sheet with the equipment list</translation>
        </message>
        <message>
            <source>没有找到表头（含“设备名称”“数量”“车间”等的行），请指定表头所在的行</source>
            <translation>No header found (a row with "equipment name", "quantity", "workshop" and the like). Please give the row the header is in</translation>
        </message>
        <message>
            <source>没有找到表头，无法读取台账</source>
            <translation>No header found, so the ledger cannot be read</translation>
        </message>
        <message>
            <source>列的对应不完整：{problems}</source>
            <translation>The columns are not fully matched: {problems}</translation>
        </message>
        <message>
            <source>{period} 还没有南通核心指标问卷的评估，请先开始该期报送</source>
            <translation>{period} has no assessment on the Nantong core indicator questionnaire yet. Please start that period's submission first</translation>
        </message>
        <message>
            <source>无法填入关键工序表：{problems}</source>
            <translation>Cannot fill in the key-process table: {problems}</translation>
        </message>
        <message>
            <source>问卷中企业的生产方式选的是“流程型制造”，关键工序设备表（离散型）不计入结果。如确为离散型，请先改选生产方式</source>
            <translation>The questionnaire gives the enterprise's production type as "process manufacturing", so the key-process equipment table (discrete) does not count in the results. If the enterprise really is discrete, change the production type first</translation>
        </message>
        <message>
            <source>关键工序表在此期间被修改过，请重新确认后再填入</source>
            <translation>The key-process table was changed in the meantime. Please confirm again, then fill it in</translation>
        </message>
        <message>
            <source>设备台账 {name}（SHA-256 {digest}）</source>
            <translation>Equipment ledger {name} (SHA-256 {digest})</translation>
        </message>
        <message>
            <source>对标文件</source>
            <translation>benchmark file</translation>
        </message>
        <message>
            <source>对标文件内容不完整或格式不对</source>
            <translation>The benchmark file is incomplete or malformed</translation>
        </message>
        <message>
            <source>无法核对这份对标文件：它由{issuer}编号为 {key} 的签名密钥签发，本软件中没有含此签名公钥的区县文件（区县工信部门发给企业、用来加密报告包的公开文件）。请向区县工信部门索取最新的区县文件（.zgszkey），与对标文件一起导入</source>
            <translation>This benchmark file cannot be checked: it was signed by {issuer} with the signing key with ID {key}, and this software has no district file holding that key (the public file the district industry and IT bureau gives enterprises to encrypt their report packages). Please ask the district industry and IT bureau for their latest district file (.zgszkey) and import it with the benchmark file</translation>
        </message>
        <message>
            <source>这份对标文件自称由{claimed}发布，但签名密钥属于{name}，不能使用。请与区县工信部门电话核对</source>
            <translation>This benchmark file says it was published by {claimed}, but its signing key belongs to {name}, so it cannot be used. Please check with the district industry and IT bureau by phone</translation>
        </message>
        <message>
            <source>这是{district}的区县文件；本企业属于{own}，只能使用本区县工信部门发布的对标文件</source>
            <translation>This is the district file of {district}; this enterprise belongs to {own} and can only use benchmark files published by its own district's industry and IT bureau</translation>
        </message>
        <message>
            <source>这份{district}区县文件（编号 {key}）与本企业报送时使用的区县文件（编号 {known}）不是同一个密钥，不能用来核对对标文件。请与区县工信部门电话核实</source>
            <translation>This district file of {district} (ID {key}) does not hold the same key as the district file this enterprise submitted with (ID {known}), so it cannot be used to check benchmark files. Please check with the district industry and IT bureau by phone</translation>
        </message>
        <message>
            <source>本工作区已有{period}更新的对标文件（{newer}发布），这份较早（{older}发布），未导入</source>
            <translation>This workspace already has a newer benchmark file for {period} (published {newer}); this one is older (published {older}) and was not imported</translation>
        </message>
        <message>
            <source>报送中没有问卷</source>
            <translation>The submission has no questionnaire</translation>
        </message>
        <message>
            <source>报送中的问卷属于不同企业或不同评估期</source>
            <translation>The questionnaires in the submission belong to different enterprises or assessment periods</translation>
        </message>
        <message>
            <source>请先填写企业信息</source>
            <translation>Please fill in the enterprise information first</translation>
        </message>
        <message>
            <source>这份区县文件是{district}工信部门的，而企业所属地区为{own}。请向{own}工信部门索取他们的区县文件（.zgszkey）</source>
            <translation>This district file belongs to the {district} industry and IT bureau, but the enterprise is in {own}. Please ask the {own} industry and IT bureau for their district file (.zgszkey)</translation>
        </message>
        <message>
            <source>{period}的报送还不能导出：{summary}</source>
            <translation>The submission for {period} cannot be exported yet: {summary}</translation>
        </message>
        <message>
            <source>已取消导出，未写入任何文件</source>
            <translation>Export cancelled. No file was written</translation>
        </message>
        <message>
            <source>检查报送内容与密钥</source>
            <translation>Checking the submission and the key</translation>
        </message>
        <message>
            <source>尚未创建企业签名密钥：首次导出时请设置密钥密码（zgsz keys init）</source>
            <translation>No signing key yet: set a key password on the first export (zgsz keys init)</translation>
        </message>
        <message>
            <source>生成报告并签名加密</source>
            <translation>Creating the report, signing and encrypting</translation>
        </message>
        <message>
            <source>写入文件</source>
            <translation>Writing files</translation>
        </message>
        <message>
            <source>无法写入 {folder}（{reason}）。请换一个可以写入的文件夹。</source>
            <translation>Cannot write to {folder} ({reason}). Please choose a folder you can write to.</translation>
        </message>
        <message>
            <source>报告包已记录为第{sequence}次报送，但无法以 {name} 保存（{reason}，文件可能正被打开）。报告包在 {pending}，请关闭占用的程序后把它改名为 {name}。</source>
            <translation>The report package was recorded as submission no. {sequence}, but it cannot be saved as {name} ({reason}; the file may be open). The report package is at {pending}: close the program using the file, then rename it to {name}.</translation>
        </message>
        <message>
            <source>报告包已写入 {path}，但 PDF 无法写入（{reason}）</source>
            <translation>The report package was written to {path}, but the PDF cannot be written ({reason})</translation>
        </message>
        <message>
            <source>完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>不是报告包文件，或文件已损坏（可能没有复制完整）</source>
            <translation>Not a report package, or the file is damaged (it may not have been copied completely)</translation>
        </message>
        <message>
            <source>报告包大小异常（超出限制），已拒绝</source>
            <translation>The report package size is abnormal (over the limit) and was rejected</translation>
        </message>
        <message>
            <source>报告包中的文件名单异常（多余、缺少、重复、路径不安全或链接）</source>
            <translation>The list of files in the report package is wrong (extra, missing, duplicate, unsafe paths or links)</translation>
        </message>
        <message>
            <source>报告包格式版本不受支持，请升级软件</source>
            <translation>This report package format version is not supported. Please update the software</translation>
        </message>
        <message>
            <source>报告包清单格式不对</source>
            <translation>The report package manifest is in the wrong format</translation>
        </message>
        <message>
            <source>签名无效：报告包内容被修改过，或不是由声明的企业密钥签署</source>
            <translation>Invalid signature: the report package was modified, or was not signed with the enterprise key it names</translation>
        </message>
        <message>
            <source>报告包中的加密数据与清单不符（被修改或损坏）</source>
            <translation>The encrypted data in the report package does not match the manifest (modified or damaged)</translation>
        </message>
        <message>
            <source>报告包不是发给本区县密钥的</source>
            <translation>The report package is not addressed to this district's key</translation>
        </message>
        <message>
            <source>无法解密报告包内容（密钥不对或数据被修改）</source>
            <translation>Cannot decrypt the report package (wrong key or modified data)</translation>
        </message>
        <message>
            <source>解密后的内容与清单中的校验值不符</source>
            <translation>The decrypted content does not match the checksums in the manifest</translation>
        </message>
        <message>
            <source>报告包所用问卷版本本软件中没有，请升级软件</source>
            <translation>This software does not have the questionnaire version the report package uses. Please update the software</translation>
        </message>
        <message>
            <source>报告包中的答案不符合问卷要求</source>
            <translation>The answers in the report package do not fit the questionnaire</translation>
        </message>
        <message>
            <source>报告包中的计分结果与重新计分不一致（可能被篡改）</source>
            <translation>The scores in the report package differ from re-scoring (possibly tampered with)</translation>
        </message>
        <message>
            <source>报告包内外的企业、地区、评估期或问卷信息不一致</source>
            <translation>The enterprise, district, assessment period or questionnaire inside the report package differs from the outside</translation>
        </message>
        <message>
            <source>签名密钥不是预期的企业密钥（与盖章纸质报告或已登记的指纹不符）</source>
            <translation>The signing key is not the expected enterprise key (it does not match the stamped paper report or the registered fingerprint)</translation>
        </message>
        <message>
            <source>{problem}：{detail}（{reason}: {english}）</source>
            <translation>{problem}: {detail} ({reason}: {english})</translation>
        </message>
        <message>
            <source>{problem}（{reason}: {english}）</source>
            <translation>{problem} ({reason}: {english})</translation>
        </message>
        <message>
            <source>回执</source>
            <translation>receipt</translation>
        </message>
        <message>
            <source>回执内容格式不对</source>
            <translation>The receipt's content is malformed</translation>
        </message>
        <message>
            <source>回执内容不完整或格式不对</source>
            <translation>The receipt is incomplete or malformed</translation>
        </message>
        <message>
            <source>无法核对这份回执：本软件中没有{district}编号为 {key} 的区县文件（区县工信部门发给企业、用来加密报告包的公开文件）。请向区县工信部门索取最新的区县文件（.zgszkey），与回执一起导入</source>
            <translation>This receipt cannot be checked: this software has no district file of {district} with key ID {key} (the public file the district industry and IT bureau gives enterprises to encrypt their report packages). Please ask the district industry and IT bureau for their latest district file (.zgszkey) and import it with the receipt</translation>
        </message>
        <message>
            <source>这份回执不是由{district}工信部门的密钥签发的（签名密钥 {key} 与区县文件不符），不能使用。请与区县工信部门电话核对</source>
            <translation>This receipt was not signed with the key of the {district} industry and IT bureau (signing key {key} does not match the district file) and cannot be used. Please check with the district industry and IT bureau by phone</translation>
        </message>
        <message>
            <source>这份回执是写给另一个签名密钥（{key}）的，不是本工作区的密钥</source>
            <translation>This receipt is addressed to another signing key ({key}), not this workspace's key</translation>
        </message>
        <message>
            <source>这份回执不是{district}工信部门签发的：它核对不上您报告包所加密给的区县密钥（编号 {key}）。请勿按其中内容操作，并与区县工信部门电话核实</source>
            <translation>This receipt was not issued by the {district} industry and IT bureau: it does not match the district key your report package was encrypted for (ID {key}). Do not act on its contents, and check with the district industry and IT bureau by phone</translation>
        </message>
        <message>
            <source>回执中的受理结果格式不对</source>
            <translation>The decision in the receipt is malformed</translation>
        </message>
        <message>
            <source>{district}工信部门已受理您{period}较早的第{sequence}次报送；您之后导出的第{newer}次报送仍在等待区县受理</source>
            <translation>The {district} industry and IT bureau accepted your earlier submission no. {sequence} for {period}; submission no. {newer}, which you exported later, is still waiting for the district</translation>
        </message>
        <message>
            <source>{district}工信部门退回了您{period}较早的第{sequence}次报送（{n} 处需要修改）；您之后导出的第{newer}次报送仍在等待区县受理，以区县对它的回执为准</source>
            <translation>The {district} industry and IT bureau returned your earlier submission no. {sequence} for {period} for correction ({n} points); submission no. {newer}, which you exported later, is still waiting for the district, and the district's receipt for it is what counts</translation>
        </message>
        <message>
            <source>{district}工信部门已受理您{period}的报送（第{sequence}次）</source>
            <translation>The {district} industry and IT bureau accepted your {period} submission (submission no. {sequence})</translation>
        </message>
        <message>
            <source>{district}工信部门退回了您{period}的报送（第{sequence}次）：{n} 处需要修改</source>
            <translation>The {district} industry and IT bureau returned your {period} submission (submission no. {sequence}) for correction: {n} changes needed</translation>
        </message>
        <message>
            <source>这份回执已导入过，没有新的内容</source>
            <translation>This receipt was already imported; it has nothing new</translation>
        </message>
        <message>
            <source>{name} 过大，不是区县工信部门的回执</source>
            <translation>{name} is too large to be a receipt from a district industry and IT bureau</translation>
        </message>
        <message>
            <source>找不到回执文件 {path}</source>
            <translation>Receipt file {path} not found</translation>
        </message>
        <message>
            <source>{path} 是文件夹，请选择回执文件（{suffix}）</source>
            <translation>{path} is a folder: please choose a receipt file ({suffix})</translation>
        </message>
        <message>
            <source>无法读取 {path}（{reason}）</source>
            <translation>Cannot read {path} ({reason})</translation>
        </message>
        <message>
            <source>这份回执不是您报送该报告包的区县发出的：{period}第{sequence}次报送是加密给区县密钥 {sealed_to} 的，回执却来自区县密钥 {key}（自称{district}）。请勿按其中内容操作，并与区县工信部门电话核实</source>
            <translation>This receipt was not sent by the district you submitted the report package to: submission no. {sequence} for {period} was encrypted for district key {sealed_to}, but the receipt comes from district key {key} (claiming to be {district}). Do not act on its contents, and check with the district industry and IT bureau by phone</translation>
        </message>
        <message>
            <source>您选择的区县文件（{district}，编号 {key}）不是签发这份回执的区县的文件（编号 {wanted}）</source>
            <translation>The district file you chose ({district}, key ID {key}) is not the file of the district that issued this receipt (key ID {wanted})</translation>
        </message>
        <message>
            <source>这份回执是发给{name}（{uscc}）的，不是本企业的</source>
            <translation>This receipt is for {name} ({uscc}), not for your enterprise</translation>
        </message>
        <message>
            <source>回执所说的报告包不是本工作区导出的（报告包编号 {package}，{period}第{sequence}次报送）。请确认打开的是本企业的工作区</source>
            <translation>The report package the receipt is about was not exported from this workspace (report package ID {package}, submission no. {sequence} for {period}). Please make sure you opened your enterprise's workspace</translation>
        </message>
        <message>
            <source>回执中报告包 {package} 的评估期或报送次数与本工作区的导出记录不符，不能使用</source>
            <translation>The assessment period or submission number of report package {package} in the receipt does not match this workspace's export records; the receipt cannot be used</translation>
        </message>
        <message>
            <source>这份回执是写给另一个签名密钥（{key}）的，不是签署该报告包的本工作区密钥</source>
            <translation>This receipt is addressed to another signing key ({key}), not the key of this workspace that signed the report package</translation>
        </message>
        <message>
            <source>这份回执不是您报送该报告包的区县发出的</source>
            <translation>This receipt was not sent by the district you submitted the report package to</translation>
        </message>
        <message>
            <source>这份回执是写给签名密钥 {key} 的，本工作区没有这个密钥</source>
            <translation>This receipt is addressed to signing key {key}, which this workspace does not have</translation>
        </message>
        <message>
            <source>这份区县文件与本工作区已保存的{district}区县文件（编号 {key}）的签名公钥不同（已保存 {known}，这份 {offered}），不能两个都相信。请打电话向{district}工信部门核对哪一个是他们的</source>
            <translation>This district file has a different signing key from the district file of {district} (key ID {key}) already kept in this workspace (kept: {known}, this one: {offered}); both cannot be trusted. Please phone the {district} industry and IT bureau to check which one is theirs</translation>
        </message>
        <message>
            <source>佐证材料 {id}“{name}”（题目 {question}）</source>
            <translation>Supporting document {id} "{name}" (question {question})</translation>
        </message>
        <message>
            <source>文件尾部有多余数据或注释</source>
            <translation>extra data or a comment at the end of the file</translation>
        </message>
        <message>
            <source>ZIP 目录异常</source>
            <translation>abnormal ZIP directory</translation>
        </message>
        <message>
            <source>ZIP 目录位置异常</source>
            <translation>abnormal ZIP directory position</translation>
        </message>
        <message>
            <source>ZIP 条目位置异常</source>
            <translation>abnormal ZIP entry position</translation>
        </message>
        <message>
            <source>ZIP 条目头异常</source>
            <translation>abnormal ZIP entry header</translation>
        </message>
        <message>
            <source>ZIP 条目名前后不一致</source>
            <translation>ZIP entry names are inconsistent</translation>
        </message>
        <message>
            <source>ZIP 条目之间有多余数据</source>
            <translation>extra data between ZIP entries</translation>
        </message>
        <message>
            <source>{count} 字节</source>
            <translation>{count} bytes</translation>
        </message>
        <message>
            <source>{count} 个条目</source>
            <translation>{count} entries</translation>
        </message>
        <message>
            <source>重复的条目名</source>
            <translation>duplicate entry names</translation>
        </message>
        <message>
            <source>{name}：不支持的压缩或加密方式</source>
            <translation>{name}: unsupported compression or encryption</translation>
        </message>
        <message>
            <source>{name}：压缩比异常</source>
            <translation>{name}: abnormal compression ratio</translation>
        </message>
        <message>
            <source>解压后总大小超出限制</source>
            <translation>total size after unpacking is over the limit</translation>
        </message>
        <message>
            <source>{name} 不是有效的 JSON，或有重复的字段</source>
            <translation>{name} is not valid JSON, or has duplicate fields</translation>
        </message>
        <message>
            <source>{name} 应为 JSON 对象</source>
            <translation>{name} should be a JSON object</translation>
        </message>
        <message>
            <source>该报告包为第 {version} 版格式，本软件能读取第 {readable} 版，请升级软件后再核验（supported: {supported}）</source>
            <translation>This report package uses format version {version}; this software reads versions {readable}. Please update the software, then verify again (supported: {supported})</translation>
        </message>
        <message>
            <source>该报告包为第 {version} 版格式，本软件能读取第 {readable} 版（supported: {supported}）</source>
            <translation>This report package uses format version {version}; this software reads versions {readable} (supported: {supported})</translation>
        </message>
        <message>
            <source>签名格式或载荷类型不对</source>
            <translation>wrong signature format or payload type</translation>
        </message>
        <message>
            <source>签名</source>
            <translation>signature</translation>
        </message>
        <message>
            <source>签名不是约定格式的 DSSE 信封</source>
            <translation>the signature is not a DSSE envelope in the agreed format</translation>
        </message>
        <message>
            <source>签名载荷</source>
            <translation>signature payload</translation>
        </message>
        <message>
            <source>签名信封中的清单与 manifest.json 不一致</source>
            <translation>the manifest in the signature envelope differs from manifest.json</translation>
        </message>
        <message>
            <source>签名数据格式不对</source>
            <translation>signature data is in the wrong format</translation>
        </message>
        <message>
            <source>签名数据长度不对</source>
            <translation>signature data has the wrong length</translation>
        </message>
        <message>
            <source>签名者密钥编号与公钥不符</source>
            <translation>the signer's key ID does not match the public key</translation>
        </message>
        <message>
            <source>缺少 manifest.json 或 signature.json</source>
            <translation>manifest.json or signature.json is missing</translation>
        </message>
        <message>
            <source>清单不是规范格式（键排序、无空白的 UTF-8 JSON）</source>
            <translation>the manifest is not in canonical form (UTF-8 JSON, sorted keys, no whitespace)</translation>
        </message>
        <message>
            <source>多余：{extra} 缺少：{missing}</source>
            <translation>extra: {extra}, missing: {missing}</translation>
        </message>
        <message>
            <source>佐证材料的加密数据多出或缺少内容</source>
            <translation>The encrypted data of the supporting documents has content added or missing</translation>
        </message>
        <message>
            <source>{file}不是清单所写的文件类型，或是不允许的类型</source>
            <translation>{file} is not the file type the manifest says, or is a type that is not allowed</translation>
        </message>
        <message>
            <source>报告包发给 {district}（{key_id}）</source>
            <translation>the report package is addressed to {district} ({key_id})</translation>
        </message>
        <message>
            <source>{file}所附的题目在问卷中没有</source>
            <translation>The question {file} is attached to is not in the questionnaire</translation>
        </message>
        <message>
            <source>报告包中的答案</source>
            <translation>Answers in the report package</translation>
        </message>
        <message>
            <source>answers.json 不是报送答案文件</source>
            <translation>answers.json is not a submission answers file</translation>
        </message>
        <message>
            <source>scores.json 不是报送计分文件</source>
            <translation>scores.json is not a submission scores file</translation>
        </message>
        <message>
            <source>问卷份数与清单不符</source>
            <translation>the number of questionnaires does not match the manifest</translation>
        </message>
        <message>
            <source>问卷版本与清单不符</source>
            <translation>the questionnaire version does not match the manifest</translation>
        </message>
        <message>
            <source>签名密钥 {key_id}，预期 {expected}</source>
            <translation>signing key {key_id}, expected {expected}</translation>
        </message>
        <message>
            <source>报告包文件</source>
            <translation>report package file</translation>
        </message>
        <message>
            <source>超过 {size} MB</source>
            <translation>over {size} MB</translation>
        </message>
        <message>
            <source>评估期应写作“2024年度”“2024年上半年”或“2024年第1季度”</source>
            <translation>Write the assessment period as "2024", "2024 H1" or "2024 Q1"</translation>
        </message>
        <message>
            <source>评估期年份 {year} 不在合理范围内</source>
            <translation>The year {year} of the assessment period is out of range</translation>
        </message>
        <message>
            <source>“{question}”</source>
            <translation>"{question}"</translation>
        </message>
        <message>
            <source>{name}：{problem}</source>
            <translation>{name}: {problem}</translation>
        </message>
        <message>
            <source>{value} 不是可选项，可选：{keys}</source>
            <translation>{value} is not one of the options; the options are: {keys}</translation>
        </message>
        <message>
            <source>多选题的答案应为选项代码列表，如 ["B", "C"]</source>
            <translation>The answer to a multiple-choice question should be a list of option codes, such as ["B", "C"]</translation>
        </message>
        <message>
            <source>{keys} 不是可选项</source>
            <translation>{keys} is not one of the options</translation>
        </message>
        <message>
            <source>同一选项选了两次</source>
            <translation>The same option was chosen twice</translation>
        </message>
        <message>
            <source>选了“{option}”就不能再选其他项</source>
            <translation>With "{option}" chosen, no other option can be chosen</translation>
        </message>
        <message>
            <source>应为 是（true）或 否（false）</source>
            <translation>Should be yes (true) or no (false)</translation>
        </message>
        <message>
            <source>应为文字</source>
            <translation>Should be text</translation>
        </message>
        <message>
            <source>不能超过 {limit} 个字，当前 {count} 个</source>
            <translation>At most {limit} characters; now {count}</translation>
        </message>
        <message>
            <source>未知题型 {kind}</source>
            <translation>Unknown question type {kind}</translation>
        </message>
        <message>
            <source>应填数字，当前为 {value}</source>
            <translation>Should be a number; now {value}</translation>
        </message>
        <message>
            <source>不是有效数字</source>
            <translation>Not a valid number</translation>
        </message>
        <message>
            <source>数值过大，请核对</source>
            <translation>The number is too large; please check it</translation>
        </message>
        <message>
            <source>应为整数（{unit}），当前为 {value}</source>
            <translation>Should be a whole number ({unit}); now {value}</translation>
        </message>
        <message>
            <source>不能小于 {limit}{unit}</source>
            <translation>Cannot be less than {limit} {unit}</translation>
        </message>
        <message>
            <source>不能大于 {limit}{unit}</source>
            <translation>Cannot be more than {limit} {unit}</translation>
        </message>
        <message>
            <source>不能小于{other}（{limit}{unit}）</source>
            <translation>Cannot be less than {other} ({limit} {unit})</translation>
        </message>
        <message>
            <source>不能大于{other}（{limit}{unit}）</source>
            <translation>Cannot be more than {other} ({limit} {unit})</translation>
        </message>
        <message>
            <source>表格答案应为行的列表，每行是“列编号: 值”</source>
            <translation>A table answer should be a list of rows, each "column code: value"</translation>
        </message>
        <message>
            <source>至少填写 {count} 行</source>
            <translation>Fill in at least {count} rows</translation>
        </message>
        <message>
            <source>最多 {limit} 行，当前 {count} 行</source>
            <translation>At most {limit} rows; now {count}</translation>
        </message>
        <message>
            <source>{table}第{row}行</source>
            <translation>{table}, row {row}</translation>
        </message>
        <message>
            <source>没有这些列：{columns}</source>
            <translation>No such columns: {columns}</translation>
        </message>
        <message>
            <source>本行“{column}”</source>
            <translation>"{column}" in this row</translation>
        </message>
        <message>
            <source>{row}“{column}”</source>
            <translation>{row}, "{column}"</translation>
        </message>
        <message>
            <source>未填写</source>
            <translation>Not answered</translation>
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
            <source>无法读取问卷角色表 {path}（{error}），请重新安装软件</source>
            <translation>Cannot read the questionnaire roles file {path} ({error}). Please reinstall the software</translation>
        </message>
        <message>
            <source>问卷角色表 {path} 格式不对，请重新安装软件</source>
            <translation>The questionnaire roles file {path} is in the wrong format. Please reinstall the software</translation>
        </message>
        <message>
            <source>问卷角色表中没有承担“{role}”的问卷，请重新安装软件</source>
            <translation>The questionnaire roles file names no questionnaire for "{role}". Please reinstall the software</translation>
        </message>
        <message>
            <source>问卷角色表中 {questionnaire} 没有“{role}”题，请重新安装软件</source>
            <translation>In the questionnaire roles file, {questionnaire} has no "{role}" question. Please reinstall the software</translation>
        </message>
        <message>
            <source>问卷角色表中 {questionnaire} 没有“{role}”模块，请重新安装软件</source>
            <translation>In the questionnaire roles file, {questionnaire} has no "{role}" module. Please reinstall the software</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>Completed</translation>
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
            <source>参照值{target}</source>
            <translation>Reference {target}</translation>
        </message>
        <message>
            <source>目标{target}</source>
            <translation>Target {target}</translation>
        </message>
        <message>
            <source>三项主要指标与参照值</source>
            <translation>Three main indicators against reference values</translation>
        </message>
        <message>
            <source>企业数值（%）；红线为参照值（不是对本企业的考核目标）</source>
            <translation>Enterprise figure (%); red line: reference value (not a target set for this enterprise)</translation>
        </message>
        <message>
            <source>三项主要指标与规划目标（重点企业）</source>
            <translation>Three main indicators against plan targets (key enterprises)</translation>
        </message>
        <message>
            <source>企业数值（%）；红线为规划目标</source>
            <translation>Enterprise figure (%); red line: plan target</translation>
        </message>
        <message>
            <source>星级上云</source>
            <translation>Star-rated cloud adoption</translation>
        </message>
        <message>
            <source>场景等级</source>
            <translation>Scenario levels</translation>
        </message>
        <message>
            <source>各模块得分率（%）</source>
            <translation>Score rate per module (%)</translation>
        </message>
        <message>
            <source>（未完成）</source>
            <translation>(incomplete)</translation>
        </message>
        <message>
            <source>中小企业数字化水平评测：各维度得分（满分100分）</source>
            <translation>MIIT SME digitalisation level assessment: points per dimension (out of 100)</translation>
        </message>
        <message>
            <source>分</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>满分</source>
            <translation>Full marks</translation>
        </message>
        <message>
            <source>得分</source>
            <translation>Points scored</translation>
        </message>
        <message>
            <source>{points} / {full} 分</source>
            <translation>{points} / {full} points</translation>
        </message>
        <message>
            <source>{level}级</source>
            <translation>Level {level}</translation>
        </message>
        <message>
            <source>场景等级（★为第三方资料所称约束性场景）</source>
            <translation>Scenario level (★: a binding scenario according to third-party sources)</translation>
        </message>
        <message>
            <source>数字化经营：16个场景的自评等级</source>
            <translation>Digital operations: self-assessed levels of the 16 scenarios</translation>
        </message>
        <message>
            <source>基础+管理+成效得分</source>
            <translation>Foundation + management + results points</translation>
        </message>
        <message>
            <source>%（得分为分）</source>
            <translation>% (score in points)</translation>
        </message>
        <message>
            <source>历次评估对比（虚线为{period}的参照值）</source>
            <translation>Assessments compared (dashed lines: reference values for {period})</translation>
        </message>
        <message>
            <source>历次评估对比（虚线为{period}的规划目标）</source>
            <translation>Assessments compared (dashed lines: plan targets for {period})</translation>
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
            <source>
  …… 另有 {count} 处</source>
            <translation>
  ... and {count} more</translation>
        </message>
        <message>
            <source>答案有 {count} 处问题：
{listed}{more}</source>
            <translation>The answers have {count} problems:
{listed}{more}</translation>
        </message>
        <message>
            <source>尚未填写：{questions}等 {count} 题</source>
            <translation>Not answered yet: {questions} and others ({count} questions in all)</translation>
        </message>
        <message>
            <source>尚未填写：{questions}</source>
            <translation>Not answered yet: {questions}</translation>
        </message>
        <message>
            <source>未填写关键工序，无法计算</source>
            <translation>No key processes entered, so the rate cannot be calculated</translation>
        </message>
        <message>
            <source>所列关键工序的设备总数为 0（均为手工作业），无法计算数控化率；如有设备请填写设备台数</source>
            <translation>The key processes listed have 0 machines in total (all manual work), so the CNC rate cannot be calculated. If there are machines, enter how many.</translation>
        </message>
        <message>
            <source>所列经营管理业务均选择“不涉及”，无法计算</source>
            <translation>Every management function listed is marked "Not applicable", so the rate cannot be calculated</translation>
        </message>
        <message>
            <source>企业不开展自主产品研发设计（如仅按客户图纸加工），该指标不适用</source>
            <translation>The enterprise does no product R&amp;D or design of its own (e.g. it only works to customers' drawings), so this indicator does not apply</translation>
        </message>
        <message>
            <source>研发设计人员为 0，该指标不适用</source>
            <translation>There are 0 R&amp;D and design staff, so this indicator does not apply</translation>
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
            <translation>Cannot tell</translation>
        </message>
        <message>
            <source>仅为提示，以主管部门认定为准</source>
            <translation>For guidance only; the authorities' decision prevails</translation>
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
            <source>五级</source>
            <translation>Level 5</translation>
        </message>
        <message>
            <source>本软件版本不能判断此项，请升级。</source>
            <translation>This version of the software cannot judge this item; please upgrade.</translation>
        </message>
        <message>
            <source>{first}{second}</source>
            <translation>{first} {second}</translation>
        </message>
        <message>
            <source>本期报送没有《{questionnaire}》问卷，无法判断。</source>
            <translation>This period's submission has no "{questionnaire}" questionnaire, so this cannot be judged.</translation>
        </message>
        <message>
            <source>政策版本要求的等级“{level}”本软件不认识。本软件版本不能判断此项，请升级。</source>
            <translation>This software does not know the level "{level}" that the policy edition requires. This version cannot judge this item; please upgrade.</translation>
        </message>
        <message>
            <source>《{questionnaire}》没有给出评测等级，无法判断。</source>
            <translation>"{questionnaire}" gives no assessment level, so this cannot be judged.</translation>
        </message>
        <message>
            <source>《{questionnaire}》问卷尚未填完，算不出评测等级；填完后再看此项。</source>
            <translation>The "{questionnaire}" questionnaire is not finished, so no assessment level can be calculated yet. Check this item again once it is finished.</translation>
        </message>
        <message>
            <source>按本软件自评估算，评测等级为{level}，达到{wanted}及以上。正式等级以工业和信息化部评测平台的结果为准。</source>
            <translation>By this software's self-assessment, the level is {level}, which reaches {wanted} or above. The official level is the one given by the MIIT assessment platform.</translation>
        </message>
        <message>
            <source>按本软件自评估算，评测等级为{level}，未达到{wanted}。正式等级以工业和信息化部评测平台的结果为准。</source>
            <translation>By this software's self-assessment, the level is {level}, which does not reach {wanted}. The official level is the one given by the MIIT assessment platform.</translation>
        </message>
        <message>
            <source>按本软件自评估算，评测等级为{level}（合计{points}分），达到{wanted}及以上。正式等级以工业和信息化部评测平台的结果为准。</source>
            <translation>By this software's self-assessment, the level is {level} ({points} points in total), which reaches {wanted} or above. The official level is the one given by the MIIT assessment platform.</translation>
        </message>
        <message>
            <source>按本软件自评估算，评测等级为{level}（合计{points}分），未达到{wanted}。正式等级以工业和信息化部评测平台的结果为准。</source>
            <translation>By this software's self-assessment, the level is {level} ({points} points in total), which does not reach {wanted}. The official level is the one given by the MIIT assessment platform.</translation>
        </message>
        <message>
            <source>本期问卷没有星级上云一节，无法判断。</source>
            <translation>This period's questionnaire has no star-rated cloud adoption section, so this cannot be judged.</translation>
        </message>
        <message>
            <source>“{section}”一节尚未填完，无法判断。</source>
            <translation>The "{section}" section is not finished yet, so this cannot be judged.</translation>
        </message>
        <message>
            <source>已获评{star}级上云企业，是最高星级，无需再逐级申报。</source>
            <translation>Already a {star} cloud enterprise, the highest star: no further application is needed.</translation>
        </message>
        <message>
            <source>已获评的星级（{star}）与本软件所知的星级不对应。本软件版本不能判断此项，请升级。</source>
            <translation>The star already awarded ({star}) does not match the stars this software knows. This version cannot judge this item; please upgrade.</translation>
        </message>
        <message>
            <source>已获评{awarded}，按2024年遴选通知“逐级申报”的要求，下一步一般申报{next}级（以当年遴选通知为准）。</source>
            <translation>Already rated {awarded}. The 2024 selection notice requires applying one star at a time, so the next application is normally for {next} (the year's selection notice prevails).</translation>
        </message>
        <message>
            <source>尚未获评星级上云企业，按2024年遴选通知“逐级申报”的要求，下一步一般申报{next}级（以当年遴选通知为准）。</source>
            <translation>Not yet a star-rated cloud enterprise. The 2024 selection notice requires applying one star at a time, so the next application is normally for {next} (the year's selection notice prevails).</translation>
        </message>
        <message>
            <source>本软件没有{level}级的条件，无法判断。</source>
            <translation>This software does not have the conditions for {level}, so this cannot be judged.</translation>
        </message>
        <message>
            <source>答案已显示{level}级的主要条件（按答案估计已具备{estimate}级的主要条件；能否越级申报，以当年遴选通知为准）。</source>
            <translation>The answers show the main conditions for {level} (by the answers, the main conditions for {estimate} seem to be met as well; whether a level may be skipped depends on the year's selection notice).</translation>
        </message>
        <message>
            <source>答案已显示{level}级的主要条件。</source>
            <translation>The answers show the main conditions for {level}.</translation>
        </message>
        <message>
            <source>答案尚未显示{level}级的以下条件：{conditions}。</source>
            <translation>The answers do not yet show these conditions for {level}: {conditions}.</translation>
        </message>
        <message>
            <source>政策版本的分数要求本软件读不懂。本软件版本不能判断此项，请升级。</source>
            <translation>This software cannot read the policy edition's score requirement. This version cannot judge this item; please upgrade.</translation>
        </message>
        <message>
            <source>智能制造能力成熟度等级（本期所用问卷版本没有这道题）</source>
            <translation>Intelligent manufacturing capability maturity level (this period's questionnaire version has no such question)</translation>
        </message>
        <message>
            <source>智能制造能力成熟度等级（未填写）</source>
            <translation>Intelligent manufacturing capability maturity level (not answered)</translation>
        </message>
        <message>
            <source>智能制造能力成熟度等级（答案本软件不认识）</source>
            <translation>Intelligent manufacturing capability maturity level (this software does not recognise the answer)</translation>
        </message>
        <message>
            <source>尚未开展智能制造能力成熟度（GB/T 39116）评估，需先评估并达到{required}及以上</source>
            <translation>No intelligent manufacturing capability maturity assessment (GB/T 39116) yet; one is needed, reaching {required} or above</translation>
        </message>
        <message>
            <source>智能制造能力成熟度为{level}，需{required}及以上</source>
            <translation>Intelligent manufacturing capability maturity is {level}; {required} or above is needed</translation>
        </message>
        <message>
            <source>智能制造能力成熟度为{level}</source>
            <translation>Intelligent manufacturing capability maturity is {level}</translation>
        </message>
        <message>
            <source>江苏省企业数字化转型通用评估得分（本期所用问卷版本没有这道题）</source>
            <translation>Jiangsu enterprise digital transformation general assessment score (this period's questionnaire version has no such question)</translation>
        </message>
        <message>
            <source>江苏省企业数字化转型通用评估得分（未填写）</source>
            <translation>Jiangsu enterprise digital transformation general assessment score (not answered)</translation>
        </message>
        <message>
            <source>江苏省企业数字化转型通用评估得分为{score}分，需不低于{required}分</source>
            <translation>Jiangsu enterprise digital transformation general assessment score is {score} points; at least {required} points are needed</translation>
        </message>
        <message>
            <source>江苏省企业数字化转型通用评估得分为{score}分</source>
            <translation>Jiangsu enterprise digital transformation general assessment score is {score} points</translation>
        </message>
        <message>
            <source>{failed}。另缺少：{missing}。</source>
            <translation>{failed}. Also missing: {missing}.</translation>
        </message>
        <message>
            <source>{failed}。</source>
            <translation>{failed}.</translation>
        </message>
        <message>
            <source>已知{known}；缺少：{missing}，无法判断。</source>
            <translation>Known: {known}. Missing: {missing}, so this cannot be judged.</translation>
        </message>
        <message>
            <source>缺少：{missing}，无法判断。</source>
            <translation>Missing: {missing}, so this cannot be judged.</translation>
        </message>
        <message>
            <source>{reason}可在“{section}”一节补填。</source>
            <translation>{reason} You can fill this in under "{section}".</translation>
        </message>
        <message>
            <source>{conditions}，两项条件均已达到（按企业填报）。</source>
            <translation>{conditions}: both conditions are met (as reported by the enterprise).</translation>
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
            <source>中小企业数字化水平等级</source>
            <translation>MIIT SME digitalisation level</translation>
        </message>
        <message>
            <source>星级上云（估计）</source>
            <translation>Star-rated cloud adoption (estimate)</translation>
        </message>
        <message>
            <source>未达到一级</source>
            <translation>Below Level 1</translation>
        </message>
        <message>
            <source>未达三星</source>
            <translation>Below 3-star</translation>
        </message>
        <message>
            <source>一星</source>
            <translation>1-star</translation>
        </message>
        <message>
            <source>二星</source>
            <translation>2-star</translation>
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
            <source>规上</source>
            <translation>above designated size</translation>
        </message>
        <message>
            <source>列规纳统小微</source>
            <translation>small or micro (in official statistics)</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>other size</translation>
        </message>
        <message>
            <source>全部规模</source>
            <translation>all sizes</translation>
        </message>
        <message>
            <source>制造业</source>
            <translation>Manufacturing</translation>
        </message>
        <message>
            <source>{industry}（{size}）</source>
            <translation>{industry} ({size})</translation>
        </message>
        <message>
            <source>{code} {industry}（{size}）</source>
            <translation>{code} {industry} ({size})</translation>
        </message>
        <message>
            <source>低于同组约九成的企业</source>
            <translation>below about nine in ten enterprises of the group</translation>
        </message>
        <message>
            <source>低于同组约四分之三的企业</source>
            <translation>below about three quarters of the group</translation>
        </message>
        <message>
            <source>低于同组约一半的企业</source>
            <translation>below about half of the group</translation>
        </message>
        <message>
            <source>高于同组约一半的企业</source>
            <translation>above about half of the group</translation>
        </message>
        <message>
            <source>高于同组约四分之三的企业</source>
            <translation>above about three quarters of the group</translation>
        </message>
        <message>
            <source>高于同组约九成的企业</source>
            <translation>above about nine in ten enterprises of the group</translation>
        </message>
        <message>
            <source>与同组十分之一处的数值持平</source>
            <translation>level with the group's one-tenth point</translation>
        </message>
        <message>
            <source>与同组四分之一处的数值持平</source>
            <translation>level with the group's one-quarter point</translation>
        </message>
        <message>
            <source>与同组中位数持平</source>
            <translation>level with the group's median</translation>
        </message>
        <message>
            <source>与同组四分之三处的数值持平</source>
            <translation>level with the group's three-quarter point</translation>
        </message>
        <message>
            <source>与同组十分之九处的数值持平</source>
            <translation>level with the group's nine-tenths point</translation>
        </message>
        <message>
            <source>四分之一处、一半处（中位数）、四分之三处：把同组企业按数值从低到高排列，分别位于四分之一、一半、四分之三处的数值。</source>
            <translation>One-quarter point, half point (median), three-quarter point: line up the group's enterprises from the lowest figure to the highest; these are the figures a quarter, half and three quarters of the way along.</translation>
        </message>
        <message>
            <source>本区县</source>
            <translation>this district</translation>
        </message>
        <message>
            <source>本市</source>
            <translation>the city</translation>
        </message>
        <message>
            <source>本行业全部规模的企业</source>
            <translation>enterprises of all sizes in this industry</translation>
        </message>
        <message>
            <source>{where}全部制造业企业</source>
            <translation>all manufacturing enterprises in {where}</translation>
        </message>
        <message>
            <source>{where}全部制造业企业（{size}）</source>
            <translation>all manufacturing enterprises in {where} ({size})</translation>
        </message>
        <message>
            <source>本行业同规模的企业不足 5 家（或单独列出会让人推算出个别企业的数值），因此与{compared}比较</source>
            <translation>Fewer than 5 enterprises of this industry and size (or listing them alone would let someone work out individual figures), so you are compared with {compared}</translation>
        </message>
        <message>
            <source>{first}、{rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <source>{first}；{rest}</source>
            <translation>{first}; {rest}</translation>
        </message>
        <message>
            <source>{first}，{rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <source>达到参照值</source>
            <translation>Reference value reached</translation>
        </message>
        <message>
            <source>低于参照值</source>
            <translation>Below the reference value</translation>
        </message>
        <message>
            <source>达标</source>
            <translation>Target met</translation>
        </message>
        <message>
            <source>未达标</source>
            <translation>Target not met</translation>
        </message>
        <message>
            <source>不足0.1个百分点</source>
            <translation>less than 0.1 percentage points</translation>
        </message>
        <message>
            <source>需超过对照值</source>
            <translation>must exceed the target</translation>
        </message>
        <message>
            <source>{points}个百分点</source>
            <translation>{points} percentage points</translation>
        </message>
        <message>
            <source>这不是本软件的{what}，或文件已损坏（可能没有复制完整）</source>
            <translation>This is not a {what} of this software, or the file is damaged (perhaps not copied completely)</translation>
        </message>
        <message>
            <source>{what}过大（超过 {mb} MB），不是本软件写出的文件</source>
            <translation>The {what} is too large (over {mb} MB) to be a file written by this software</translation>
        </message>
        <message>
            <source>{what}的内容不是规范写法，可能被改动过，不能使用</source>
            <translation>The {what}'s content is not in the standard form; it may have been modified and cannot be used</translation>
        </message>
        <message>
            <source>缺少签名者</source>
            <translation>signer missing</translation>
        </message>
        <message>
            <source>签名公钥</source>
            <translation>signing key</translation>
        </message>
        <message>
            <source>{what}缺少签名者或其公钥格式不对</source>
            <translation>The {what} has no signer, or the signer's key is malformed</translation>
        </message>
        <message>
            <source>{what}中的签名公钥与其编号不符，文件被改动过</source>
            <translation>The signing key in the {what} does not match its key ID: the file was modified</translation>
        </message>
        <message>
            <source>{what}的签名不对：内容在签名后被改动过，不能使用。请向发出方重新索取</source>
            <translation>The {what}'s signature is wrong: the content was changed after signing and cannot be used. Please ask the sender for it again</translation>
        </message>
        <message>
            <source>{what}的加密部分格式不对</source>
            <translation>The encrypted part of the {what} is malformed</translation>
        </message>
        <message>
            <source>{what}无法用本机的密钥打开：它不是发给本企业（本工作区的签名密钥）的</source>
            <translation>The {what} cannot be opened with this computer's key: it is not addressed to your enterprise (this workspace's signing key)</translation>
        </message>
        <message>
            <source>磁盘已满：工作区所在的磁盘（{folder}）没有剩余空间，刚才的改动没有保存。已保存的数据完好，不需要从备份恢复。请删除不需要的文件、清空回收站，或把工作区移到空间充足的磁盘后再试。</source>
            <translation>Disk full: the disk the workspace is on ({folder}) has no space left, so the last change was not saved. The data saved before is intact; there is no need to restore from a backup. Delete files you do not need, empty the recycle bin, or move the workspace to a disk with enough space, then try again.</translation>
        </message>
        <message>
            <source>工作区 {folder} 是只读的（可能在光盘、只读U盘或没有写权限的文件夹中）。请把整个文件夹复制到可写的位置再打开。</source>
            <translation>Workspace {folder} is read-only (it may be on a CD, a read-only USB drive or in a folder you cannot write to). Copy the whole folder to a writable location and open it there.</translation>
        </message>
        <message>
            <source>工作区正被本软件的另一个窗口或命令占用（进程号 {pids}），请先关闭它，或稍后再试。数据没有损坏。</source>
            <translation>The workspace is in use by another window or command of this software (process ID {pids}). Close it first, or try again later. The data is not damaged.</translation>
        </message>
        <message>
            <source>工作区文件正被其他程序占用（可能是正在同步或扫描该文件夹的网盘、杀毒软件），请稍后再试。数据没有损坏。</source>
            <translation>The workspace file is in use by another program (perhaps cloud storage syncing the folder or antivirus software scanning it). Please try again later. The data is not damaged.</translation>
        </message>
        <message>
            <source>无法打开工作区文件 {path}：{advice}。</source>
            <translation>Cannot open the workspace file {path}: {advice}.</translation>
        </message>
        <message>
            <source>无法打开工作区文件 {path}（路径是否是文件夹，或没有访问权限？）</source>
            <translation>Cannot open the workspace file {path} (is the path a folder, or do you lack access rights?)</translation>
        </message>
        <message>
            <source>读写工作区文件 {path} 时出错（{error}）：磁盘、U盘或网络文件夹可能有故障或已断开。已保存的数据不一定有问题：请检查磁盘或网络连接后重试，不要急于从备份恢复（备份可能比现在的数据旧）。</source>
            <translation>Reading or writing the workspace file {path} failed ({error}): the disk, USB drive or network folder may be faulty or disconnected. The data saved is not necessarily affected: check the disk or network connection and try again. Do not rush to restore from a backup (the backup may be older than the current data).</translation>
        </message>
        <message>
            <source>{path} 不是本软件的工作区数据库（{error}）。</source>
            <translation>{path} is not a workspace database of this software ({error}).</translation>
        </message>
        <message>
            <source>工作区文件 {path} 已损坏（{error}）。可从备份恢复：菜单“文件 → 从备份恢复”，或命令 zgsz workspace restore。</source>
            <translation>The workspace file {path} is damaged ({error}). You can restore it from a backup: menu "File → Restore from backup", or the command zgsz workspace restore.</translation>
        </message>
        <message>
            <source>工作区数据库出错（{error}）。请稍后重试；如果反复出现，请在“关于”中打开日志文件夹，把日志发给技术支持。</source>
            <translation>The workspace database failed ({error}). Please try again later. If it keeps happening, open the log folder from "About" and send the log to technical support.</translation>
        </message>
        <message>
            <source>磁盘已满：区县数据库所在的磁盘（{folder}）没有剩余空间，刚才的操作没有保存（导入的报告包可在腾出空间后重新导入）。已保存的数据完好。请删除不需要的文件，或把数据库移到空间充足的磁盘后再试。</source>
            <translation>Disk full: the disk the district database is on ({folder}) has no space left, so the last operation was not saved (report packages being imported can be imported again once there is space). The data saved before is intact. Delete files you do not need, or move the database to a disk with enough space, then try again.</translation>
        </message>
        <message>
            <source>区县数据库 {path} 是只读的（只读U盘、光盘或没有写权限的文件夹），请复制到可写的位置再打开。</source>
            <translation>The district database {path} is read-only (a read-only USB drive, a CD, or a folder you cannot write to). Copy it to a writable location and open it there.</translation>
        </message>
        <message>
            <source>区县数据库正被其他程序占用（另一个区县窗口、一条命令，或正在同步/扫描该文件夹的网盘、杀毒软件），请关闭它或稍后再试。数据没有损坏。</source>
            <translation>The district database is in use by another program (another district window, a command, or cloud storage or antivirus software syncing or scanning the folder). Close it or try again later. The data is not damaged.</translation>
        </message>
        <message>
            <source>无法打开区县数据库 {path}：{advice}。</source>
            <translation>Cannot open the district database {path}: {advice}.</translation>
        </message>
        <message>
            <source>无法打开区县数据库 {path}（路径是否是文件夹，或没有访问权限？）</source>
            <translation>Cannot open the district database {path} (is the path a folder, or do you lack access rights?)</translation>
        </message>
        <message>
            <source>读写区县数据库 {path} 时出错（{error}）：磁盘或网络文件夹可能有故障或已断开。已保存的数据不一定有问题：请检查磁盘或网络连接后重试。</source>
            <translation>Reading or writing the district database {path} failed ({error}): the disk or network folder may be faulty or disconnected. The data saved is not necessarily affected: check the disk or network connection and try again.</translation>
        </message>
        <message>
            <source>{path} 不是区县数据库（{error}）。</source>
            <translation>{path} is not a district database ({error}).</translation>
        </message>
        <message>
            <source>区县数据库 {path} 已损坏（{error}）。请用备份的数据库文件替换后重新导入报告包。</source>
            <translation>The district database {path} is damaged ({error}). Replace it with a backup copy of the database file, then import the report packages again.</translation>
        </message>
        <message>
            <source>区县数据库出错（{error}）。请稍后重试；如果反复出现，请打开日志文件夹，把日志发给技术支持。</source>
            <translation>The district database failed ({error}). Please try again later. If it keeps happening, open the log folder and send the log to technical support.</translation>
        </message>
        <message>
            <source>磁盘已满：市级汇总库所在的磁盘（{folder}）没有剩余空间，刚才的操作没有保存。已保存的数据完好；腾出空间后重新导入区县汇总包即可。</source>
            <translation>Disk full: the disk of the city summary database ({folder}) has no space left, and the last operation was not saved. The data saved before is intact; free some space, then import the district summary packages again.</translation>
        </message>
        <message>
            <source>市级汇总库 {path} 是只读的，请复制到可写的位置再打开。</source>
            <translation>City summary database {path} is read-only; please copy it to a writable place and open it there.</translation>
        </message>
        <message>
            <source>市级汇总库正被其他程序占用（另一个窗口、一条命令、网盘或杀毒软件），请关闭它或稍后再试。数据没有损坏。</source>
            <translation>The city summary database is in use by another program (another window, a command, a cloud drive or antivirus software); please close it or try again later. The data is not damaged.</translation>
        </message>
        <message>
            <source>{path} 不是市级汇总库（{error}）。</source>
            <translation>{path} is not a city summary database ({error}).</translation>
        </message>
        <message>
            <source>市级汇总库 {path} 已损坏（{error}）。请换一个新文件，重新登记区县密钥并导入各区县的汇总包。</source>
            <translation>City summary database {path} is damaged ({error}). Please use a new file, register the districts' keys again and import each district's summary package.</translation>
        </message>
        <message>
            <source>读写市级汇总库 {path} 时出错（{error}）。请检查磁盘后重试。</source>
            <translation>Error reading or writing city summary database {path} ({error}). Please check the disk and try again.</translation>
        </message>
        <message>
            <source>请填写统一社会信用代码（18位，见营业执照）。</source>
            <translation>Please enter the unified social credit code (USCC; 18 characters, see the business licence).</translation>
        </message>
        <message>
            <source>统一社会信用代码应为18位，当前为{count}位，请对照营业执照核对。</source>
            <translation>The USCC has 18 characters; this one has {count}. Please compare it with the business licence.</translation>
        </message>
        <message>
            <source>第{position}位“{char}”不是统一社会信用代码允许的字符（代码中不使用字母 {char}，是否应为“{meant}”？）。</source>
            <translation>Character {position} "{char}" is not allowed in a USCC (the letter {char} is never used; did you mean "{meant}"?).</translation>
        </message>
        <message>
            <source>第{position}位“{char}”不是统一社会信用代码允许的字符。</source>
            <translation>Character {position} "{char}" is not allowed in a USCC.</translation>
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
            <source>没有编号为 {id} 的评估（可能已在其他窗口删除）</source>
            <translation>There is no assessment number {id} (it may have been deleted in another window)</translation>
        </message>
        <message>
            <source>问卷 {questionnaire} 中没有题目 {question}</source>
            <translation>Questionnaire {questionnaire} has no question {question}</translation>
        </message>
        <message>
            <source>这道题已附有相同内容的文件“{name}”</source>
            <translation>This question already has a file with the same content attached: "{name}"</translation>
        </message>
        <message>
            <source>“{name}”有 {size}，超过每个文件 {limit} MB 的上限；请压缩或分成几个文件再附</source>
            <translation>"{name}" is {size}, over the limit of {limit} MB per file. Compress it or split it into several files, then attach them</translation>
        </message>
        <message>
            <source>“{name}”是文件夹，请选择文件</source>
            <translation>"{name}" is a folder. Please choose a file</translation>
        </message>
        <message>
            <source>文件</source>
            <translation>file</translation>
        </message>
        <message>
            <source>没有编号为 {id} 的佐证材料（可能已在其他窗口删除）</source>
            <translation>There is no supporting document number {id} (it may have been deleted in another window)</translation>
        </message>
        <message>
            <source>文件夹 {folder} 不是空的，请选择一个空文件夹或新文件夹</source>
            <translation>The folder {folder} is not empty. Please choose an empty or new folder</translation>
        </message>
        <message>
            <source>无法写入 {folder}：{reason}</source>
            <translation>Cannot write to {folder}: {reason}</translation>
        </message>
        <message>
            <source>{name} 不是本软件的工作区备份文件，或文件已损坏（可能没有复制完整）。</source>
            <translation>{name} is not a workspace backup of this software, or the file is damaged (it may not have been copied completely).</translation>
        </message>
        <message>
            <source>{name} 中的内容大小异常，不是本软件的备份文件。</source>
            <translation>The contents of {name} have an unexpected size: it is not a backup of this software.</translation>
        </message>
        <message>
            <source>找不到备份文件 {path}</source>
            <translation>Backup file not found: {path}</translation>
        </message>
        <message>
            <source>该备份由更新版本的软件创建，请先升级软件再恢复。</source>
            <translation>This backup was created by a newer version of the software. Please update the software first, then restore it.</translation>
        </message>
        <message>
            <source>{name} 的内容校验不符，文件已损坏或被修改，未恢复。</source>
            <translation>The contents of {name} fail the check: the file is damaged or was changed. Nothing was restored.</translation>
        </message>
        <message>
            <source>{name} 中的数据库已损坏，未恢复。</source>
            <translation>The database in {name} is damaged. Nothing was restored.</translation>
        </message>
        <message>
            <source>{name} 中的数据库不是有效的工作区，未恢复。</source>
            <translation>The database in {name} is not a valid workspace. Nothing was restored.</translation>
        </message>
        <message>
            <source>{directory} 是一个文件，不是工作区文件夹</source>
            <translation>{directory} is a file, not a workspace folder</translation>
        </message>
        <message>
            <source>{directory} 中已有工作区。若要用备份替换它，请确认替换（原工作区会先另存到 {folder}/）。</source>
            <translation>{directory} already holds a workspace. To replace it with the backup, confirm the replacement (the current workspace is first saved to {folder}/).</translation>
        </message>
        <message>
            <source>{name} 中的数据库缺少工作区数据，未恢复。</source>
            <translation>The database in {name} lacks workspace data. Nothing was restored.</translation>
        </message>
        <message>
            <source>PNG 图片</source>
            <translation>PNG image</translation>
        </message>
        <message>
            <source>JPEG 图片</source>
            <translation>JPEG image</translation>
        </message>
        <message>
            <source>Excel 表格</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <source>Word 文档</source>
            <translation>Word document</translation>
        </message>
        <message>
            <source>PDF、PNG/JPEG 图片、Excel（.xlsx）、Word（.docx）</source>
            <translation>PDF, PNG/JPEG images, Excel (.xlsx) and Word (.docx) files</translation>
        </message>
        <message>
            <source>可附 {types}；每个文件不超过 {file_mb} MB，每份报送合计不超过 {total_mb} MB、{count} 个文件。文件随报告包签名、加密后交给区县。</source>
            <translation>You can attach {types}: up to {file_mb} MB per file, and up to {total_mb} MB and {count} files per submission. The files are signed and encrypted with the report package and go to the district.</translation>
        </message>
        <message>
            <source>“{name}”是一个程序文件（不论扩展名），不能作为佐证材料</source>
            <translation>"{name}" is a program file (whatever its extension says) and cannot be a supporting document</translation>
        </message>
        <message>
            <source>“{name}”含宏（可自动运行的程序），不能附上；请另存为 .xlsx 或 .docx 后再附</source>
            <translation>"{name}" contains macros (programs that can run by themselves) and cannot be attached. Save it as .xlsx or .docx, then attach that</translation>
        </message>
        <message>
            <source>“{name}”不是可以附上的文件类型（按文件内容判断，不看扩展名）。可附：{types}</source>
            <translation>"{name}" is not a type of file that can be attached (judged by its content, not its extension). You can attach: {types}</translation>
        </message>
        <message>
            <source>“{name}”是旧版 Word（.doc）文件，请在 Word 中另存为 .docx 或 PDF 后再附上</source>
            <translation>"{name}" is an old Word file (.doc). Save it as .docx or PDF in Word, then attach that</translation>
        </message>
        <message>
            <source>“{name}”是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 PDF 后再附上</source>
            <translation>"{name}" is an old Excel file (.xls). Save it as .xlsx or PDF in Excel, then attach that</translation>
        </message>
        <message>
            <source>“{name}”是旧版 Office 文件（2003 及更早的格式），请在 Office 中另存为 PDF、.docx 或 .xlsx 后再附上</source>
            <translation>"{name}" is an old Office file (2003 format or earlier). Save it as PDF, .docx or .xlsx in Office, then attach that</translation>
        </message>
        <message>
            <source>“{name}”是空文件</source>
            <translation>"{name}" is an empty file</translation>
        </message>
        <message>
            <source>每份报送最多附 {limit} 个文件，已附 {count} 个；请先删去不需要的文件</source>
            <translation>A submission can have at most {limit} files attached, and {count} are attached already. Delete files you do not need first</translation>
        </message>
        <message>
            <source>每份报送的佐证材料合计不超过 {limit} MB（已附 {total}，此文件 {size}）；请压缩或删去不需要的文件</source>
            <translation>The supporting documents of a submission may total at most {limit} MB ({total} attached, this file {size}). Compress files or delete those you do not need</translation>
        </message>
        <message>
            <source>有 {count} 道题同事和本机都改过，请逐题选择采用同事的答案还是保留当前答案：
{lines}</source>
            <translation>Questions changed both by the colleague and on this computer: {count}. For each one, choose whether to take the colleague's answer or keep the current one:
{lines}</translation>
        </message>
        <message>
            <source>这份答卷已经合并过，没有新的改动；合并不会改变任何答案。</source>
            <translation>These answers were merged before and hold no new changes; merging would not change any answer.</translation>
        </message>
        <message>
            <source>同事交回的答案与本机当前答案相同，没有需要合并的内容。</source>
            <translation>The answers the colleague returned are the same as the current answers on this computer: there is nothing to merge.</translation>
        </message>
        <message>
            <source>新答案 {new} 道，冲突 {conflicts} 道（需逐题选择），保留本机修改 {kept} 道</source>
            <translation>New answers: {new}; conflicts: {conflicts} (to be decided one by one); changes made on this computer and kept: {kept}</translation>
        </message>
        <message>
            <source>请填写{what}</source>
            <translation>Please enter the {what}</translation>
        </message>
        <message>
            <source>{what}中含有不可见或控制字符（{chars}），请重新输入</source>
            <translation>The {what} contains invisible or control characters ({chars}). Please type it again</translation>
        </message>
        <message>
            <source>{what}过长（最多{limit}个字）</source>
            <translation>The {what} is too long (at most {limit} characters)</translation>
        </message>
        <message>
            <source>{name} 过大（超过 {limit} MB），不是{what}</source>
            <translation>{name} is too large (over {limit} MB) to be a {what}</translation>
        </message>
        <message>
            <source>{name} 不是{what}（不是 UTF-8 文本），文件可能已损坏</source>
            <translation>{name} is not a {what} (it is not UTF-8 text); the file may be damaged</translation>
        </message>
        <message>
            <source>{name} 已损坏或不完整（第{line}行第{column}列），请让对方重新发送</source>
            <translation>{name} is damaged or incomplete (line {line}, column {column}). Please ask the sender to send it again</translation>
        </message>
        <message>
            <source>{name} 内容异常，不是{what}</source>
            <translation>The content of {name} is not as expected: it is not a {what}</translation>
        </message>
        <message>
            <source>{name} 不是{what}</source>
            <translation>{name} is not a {what}</translation>
        </message>
        <message>
            <source>{name} 的校验值不符：文件已损坏或被改动过，未使用。请让对方重新发送原文件。</source>
            <translation>The checksum of {name} does not match: the file is damaged or was changed, so it was not used. Please ask the sender to send the original file again.</translation>
        </message>
        <message>
            <source>{name} 缺少“{field}”，文件不完整</source>
            <translation>{name} lacks "{field}": the file is incomplete</translation>
        </message>
        <message>
            <source>{name} 中的分工编号无效，文件可能被改动</source>
            <translation>The handoff number in {name} is not valid; the file may have been changed</translation>
        </message>
        <message>
            <source>{name} 没有列出任何模块</source>
            <translation>{name} lists no modules</translation>
        </message>
        <message>
            <source>{name} 的模块列表格式不对，文件可能被改动</source>
            <translation>The module list of {name} is in the wrong format; the file may have been changed</translation>
        </message>
        <message>
            <source>{name} 没有注明问卷版本</source>
            <translation>{name} does not say which questionnaire version it uses</translation>
        </message>
        <message>
            <source>{name} 的问卷版本格式不对，文件可能被改动</source>
            <translation>The questionnaire version in {name} is in the wrong format; the file may have been changed</translation>
        </message>
        <message>
            <source>这个文件按问卷“{id}”版本 {version} 填写，本软件没有这个版本。请升级到最新版本的智改数转企业自评估软件后再打开。</source>
            <translation>This file is filled in on questionnaire "{id}" version {version}, which this software does not have. Please update to the latest version of the ITDT self-assessment software, then open it.</translation>
        </message>
        <message>
            <source>{name} 所列模块 {module} 不在问卷 {questionnaire} 中，文件可能被改动</source>
            <translation>Module {module} listed in {name} is not in questionnaire {questionnaire}; the file may have been changed</translation>
        </message>
        <message>
            <source>请先填写企业信息，再分工填报</source>
            <translation>Please enter the enterprise details first, then share the filling with colleagues</translation>
        </message>
        <message>
            <source>{period}的报送中没有模块“{module}”（可选：{known}）</source>
            <translation>The {period} submission has no module "{module}" (modules: {known})</translation>
        </message>
        <message>
            <source>请至少选择一个模块</source>
            <translation>Please choose at least one module</translation>
        </message>
        <message>
            <source>同事姓名</source>
            <translation>colleague's name</translation>
        </message>
        <message>
            <source>没有{period}的报送</source>
            <translation>There is no submission for {period}</translation>
        </message>
        <message>
            <source>没有编号为 {id} 的分工</source>
            <translation>There is no handoff number {id}</translation>
        </message>
        <message>
            <source>分工文件</source>
            <translation>module file</translation>
        </message>
        <message>
            <source>{name} 是同事交回的答卷，请在“导入同事答卷”中打开</source>
            <translation>{name} is a file of returned answers. Please open it with "Import returned answers"</translation>
        </message>
        <message>
            <source>{name} 不是分工文件</source>
            <translation>{name} is not a module file</translation>
        </message>
        <message>
            <source>{name} 中的企业信息不完整，文件可能被改动</source>
            <translation>The enterprise details in {name} are incomplete; the file may have been changed</translation>
        </message>
        <message>
            <source>{name} 缺少答案，文件不完整</source>
            <translation>{name} has no answers: the file is incomplete</translation>
        </message>
        <message>
            <source>{name} 的答案格式不对，文件可能被改动</source>
            <translation>The answers in {name} are in the wrong format; the file may have been changed</translation>
        </message>
        <message>
            <source>{name} 中有不符合问卷的答案，文件可能被改动：{problem}</source>
            <translation>{name} has answers the questionnaire does not accept; the file may have been changed: {problem}</translation>
        </message>
        <message>
            <source>{name} 缺少所列模块的问卷版本，文件可能被改动</source>
            <translation>{name} lacks the questionnaire version of the modules it lists; the file may have been changed</translation>
        </message>
        <message>
            <source>文件夹 {folder} 不是这份分工的填写副本</source>
            <translation>The folder {folder} is not the copy for filling in this handoff</translation>
        </message>
        <message>
            <source>填写人姓名</source>
            <translation>name of the person filling in</translation>
        </message>
        <message>
            <source>请先填写您的姓名（填写人），再交回答卷</source>
            <translation>Please enter your name (filled in by) first, then return the answers</translation>
        </message>
        <message>
            <source>填写副本中缺少问卷 {id}，请重新打开分工文件</source>
            <translation>The copy being filled in lacks questionnaire {id}. Please open the module file again</translation>
        </message>
        <message>
            <source>同事交回的答卷</source>
            <translation>returned answers file</translation>
        </message>
        <message>
            <source>{name} 是发给同事的分工文件，不是同事交回的答卷（{suffix}）</source>
            <translation>{name} is a module file sent to a colleague, not answers a colleague returned ({suffix})</translation>
        </message>
        <message>
            <source>{name} 不是同事交回的答卷</source>
            <translation>{name} is not a file of answers returned by a colleague</translation>
        </message>
        <message>
            <source>{name} 缺少企业信息，文件不完整</source>
            <translation>{name} lacks the enterprise details: the file is incomplete</translation>
        </message>
        <message>
            <source>{name} 中的填写人姓名“{who}”含有不可见字符或过长，文件可能被改动，未导入</source>
            <translation>The name of the person filling in, "{who}", in {name} has invisible characters or is too long; the file may have been changed. Nothing was imported</translation>
        </message>
        <message>
            <source>本机填写</source>
            <translation>Entered on this computer</translation>
        </message>
        <message>
            <source>从文件导入</source>
            <translation>Imported from a file</translation>
        </message>
        <message>
            <source>以上期为基础</source>
            <translation>Carried over from the previous period</translation>
        </message>
        <message>
            <source>换用问卷版本</source>
            <translation>Questionnaire version switched</translation>
        </message>
        <message>
            <source>{name} 对应的分工不是从本工作区发出的（可能属于另一家企业或另一台电脑的工作区），未导入</source>
            <translation>The handoff {name} belongs to was not sent from this workspace (it may be another enterprise's or another computer's workspace). Nothing was imported</translation>
        </message>
        <message>
            <source>发给{assignee}的这份分工已取消，不再合并它的答卷</source>
            <translation>This handoff to {assignee} was cancelled: its answers are no longer merged</translation>
        </message>
        <message>
            <source>{name} 属于另一家企业（{other}，{code}），与本工作区的企业不符，未导入</source>
            <translation>{name} belongs to another enterprise ({other}, {code}), not to this workspace's enterprise. Nothing was imported</translation>
        </message>
        <message>
            <source>{name} 的评估期（{period}）与分工时的评估期（{expected}）不符，未导入</source>
            <translation>The assessment period of {name} ({period}) is not the one of the handoff ({expected}). Nothing was imported</translation>
        </message>
        <message>
            <source>{name} 所列模块与发出的分工不符，文件可能被改动，未导入</source>
            <translation>The modules listed in {name} are not those of the handoff sent; the file may have been changed. Nothing was imported</translation>
        </message>
        <message>
            <source>{name} 含有未分给同事的问卷 {id} 的答案，未导入</source>
            <translation>{name} has answers to questionnaire {id}, which was not given to the colleague. Nothing was imported</translation>
        </message>
        <message>
            <source>本工作区已没有{period}的问卷 {id}（可能已删除），无法合并</source>
            <translation>This workspace no longer has questionnaire {id} for {period} (it may have been deleted), so the answers cannot be merged</translation>
        </message>
        <message>
            <source>本报送的问卷“{id}”已换用版本 {version}，这份答卷按分工时的版本填写，不能直接合并；请重新分工</source>
            <translation>This submission's questionnaire "{id}" has switched to version {version}, but these answers were filled in on the version of the handoff and cannot be merged as they are. Please send the modules to the colleague again</translation>
        </message>
        <message>
            <source>{name} 含有不属于所分模块的题目（{questions}），文件可能被改动，未导入</source>
            <translation>{name} has questions outside the modules given ({questions}); the file may have been changed. Nothing was imported</translation>
        </message>
        <message>
            <source>{name} 中有不符合问卷的答案，未导入：{problem}</source>
            <translation>{name} has answers the questionnaire does not accept. Nothing was imported: {problem}</translation>
        </message>
        <message>
            <source>这份分工已取消或已不在本工作区，未合并</source>
            <translation>This handoff was cancelled or is no longer in this workspace. Nothing was merged</translation>
        </message>
        <message>
            <source>本工作区已没有{period}的问卷 {id}，未合并</source>
            <translation>This workspace no longer has questionnaire {id} for {period}. Nothing was merged</translation>
        </message>
        <message>
            <source>预览之后本机的答案又有改动（可能在另一个窗口），请重新导入这份答卷再合并</source>
            <translation>The answers on this computer changed after the preview (perhaps in another window). Please import these returned answers again, then merge</translation>
        </message>
        <message>
            <source>工作区正在恢复或被占用，请稍后再试</source>
            <translation>The workspace is being restored or is in use. Please try again later</translation>
        </message>
        <message>
            <source>该工作区正在被使用（软件窗口或命令行正在打开它）。请先关闭后再恢复，未做任何修改。</source>
            <translation>This workspace is in use (a window of the software or the command line has it open). Close it first, then restore. Nothing was changed.</translation>
        </message>
        <message>
            <source>请填写联系电话</source>
            <translation>Please enter a contact phone number</translation>
        </message>
        <message>
            <source>联系电话只能包含数字、空格、横线和括号</source>
            <translation>The phone number may only contain digits, spaces, hyphens and brackets</translation>
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
            <source>企业信息有误：{problems}</source>
            <translation>The enterprise details are wrong: {problems}</translation>
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
            <source>所属地区应为：{districts}</source>
            <translation>The district must be one of: {districts}</translation>
        </message>
        <message>
            <source>行业应为国民经济行业分类（GB/T 4754-2017）制造业大类代码 13–43</source>
            <translation>The industry must be a manufacturing division code 13–43 of the national industry classification (GB/T 4754-2017)</translation>
        </message>
        <message>
            <source>企业规模应为：{scales}</source>
            <translation>The enterprise size must be one of: {scales}</translation>
        </message>
        <message>
            <source>请填写联系人</source>
            <translation>Please enter a contact person</translation>
        </message>
        <message>
            <source>是否重点企业应为 是/否</source>
            <translation>Key enterprise must be yes or no</translation>
        </message>
        <message>
            <source>{path} 不是本软件的工作区数据库</source>
            <translation>{path} is not a workspace database of this software</translation>
        </message>
        <message>
            <source>该文件不是本软件的工作区数据库</source>
            <translation>This file is not a workspace database of this software</translation>
        </message>
        <message>
            <source>此工作区由更新版本的软件创建（数据版本 {found}，本软件支持到 {supported}），请升级软件后再打开。</source>
            <translation>This workspace was created by a newer version of the software (data version {found}; this version supports up to {supported}). Please update the software, then open it.</translation>
        </message>
        <message>
            <source>报送尚不能完成：{summary}</source>
            <translation>The submission cannot be completed yet: {summary}</translation>
        </message>
        <message>
            <source>  - 未填：{module} · {question}</source>
            <translation>  - Not answered: {module} · {question}</translation>
        </message>
        <message>
            <source>  - 矛盾：{message}</source>
            <translation>  - Contradiction: {message}</translation>
        </message>
        <message>
            <source>{period}的报送已存在，请在首页继续填写</source>
            <translation>The submission for {period} already exists. Continue filling it in from the home page</translation>
        </message>
        <message>
            <source>没有{period}之前同类评估期的报送，无法以上期为基础</source>
            <translation>There is no submission for an assessment period of the same kind before {period}, so you cannot start from the previous period</translation>
        </message>
        <message>
            <source>导出记录缺少：{fields}</source>
            <translation>The export record is missing: {fields}</translation>
        </message>
        <message>
            <source>报送尚未完成（有问卷在填写中），请先检查并完成，再导出</source>
            <translation>The submission is not complete yet (a questionnaire is still being filled in). Check and complete it first, then export</translation>
        </message>
        <message>
            <source>导出期间报送的问卷版本有变化，请重新导出</source>
            <translation>The questionnaire versions of the submission changed during the export. Please export again</translation>
        </message>
        <message>
            <source>报告包 {package} 已有导出记录</source>
            <translation>Report package {package} has already been recorded as exported</translation>
        </message>
        <message>
            <source>同时有另一个导出在进行，请重新导出</source>
            <translation>Another export is running at the same time. Please export again</translation>
        </message>
        <message>
            <source>请输入评估期“{period}”以确认删除</source>
            <translation>Type the assessment period "{period}" to confirm the deletion</translation>
        </message>
        <message>
            <source>尚未填写 {count} 道必答题</source>
            <translation>{count} required questions are not answered yet</translation>
        </message>
        <message>
            <source>  - {question}（{id}）</source>
            <translation>  - {question} ({id})</translation>
        </message>
        <message>
            <source>评估尚不能标记为已完成：
{lines}</source>
            <translation>The assessment cannot be marked as completed yet:
{lines}</translation>
        </message>
        <message>
            <source>{directory} 中没有工作区（{file}），请先初始化或从备份恢复</source>
            <translation>There is no workspace ({file}) in {directory}. Create one first or restore it from a backup</translation>
        </message>
        <message>
            <source>无法创建工作区文件夹 {directory}（{error}）</source>
            <translation>Cannot create the workspace folder {directory} ({error})</translation>
        </message>
        <message>
            <source>无法打开工作区 {directory}：{advice}。</source>
            <translation>Cannot open the workspace {directory}: {advice}.</translation>
        </message>
        <message>
            <source>工作区文件夹 {directory} 不可写（{error}），请换一个位置</source>
            <translation>The workspace folder {directory} is not writable ({error}). Please choose another location</translation>
        </message>
        <message>
            <source>本工作区已导出过报告包，不能更改统一社会信用代码；其他企业请使用新的工作区。</source>
            <translation>This workspace has already exported a report package, so its unified social credit code (USCC) cannot change. Use a new workspace for another enterprise.</translation>
        </message>
        <message>
            <source>工作区缺少评估 {id} 所用问卷定义（{hash}）</source>
            <translation>The workspace lacks the questionnaire definition used by assessment {id} ({hash})</translation>
        </message>
        <message>
            <source>评估 {id} 的问卷定义内容与记录的哈希不符，工作区可能已损坏</source>
            <translation>The questionnaire definition of assessment {id} does not match its recorded hash. The workspace may be damaged</translation>
        </message>
        <message>
            <source>没有编号为 {id} 的评估</source>
            <translation>There is no assessment number {id}</translation>
        </message>
        <message>
            <source>{period}的“{questionnaire}”评估已存在，请继续填写该评估</source>
            <translation>The "{questionnaire}" assessment for {period} already exists. Please continue filling it in</translation>
        </message>
        <message>
            <source>没有{period}之前同类评估期的“{questionnaire}”评估，无法以上期为基础</source>
            <translation>There is no "{questionnaire}" assessment for an assessment period of the same kind before {period}, so you cannot start from the previous period</translation>
        </message>
        <message>
            <source>答案有误，未导入任何内容：
{problems}</source>
            <translation>Some answers are wrong. Nothing was imported:
{problems}</translation>
        </message>
        <message>
            <source>答案文件属于另一家企业（{other}，{other_code}），与本工作区的 {name}（{code}）不符，未导入</source>
            <translation>The answers file belongs to another enterprise ({other}, {other_code}), not to {name} ({code}) of this workspace. Nothing was imported</translation>
        </message>
        <message>
            <source>{period}的评估按问卷版本 {version} 填写，答案文件为版本 {file_version}，未导入</source>
            <translation>The assessment for {period} is filled in on questionnaire version {version}, but the answers file is for version {file_version}. Nothing was imported</translation>
        </message>
        <message>
            <source>前后矛盾：{message}</source>
            <translation>Contradiction: {message}</translation>
        </message>
        <message>
            <source>工作区已有签名密钥 {key}。更换密钥后，区县工信部门需核对盖章纸质报告才能接受新的报告包；确需更换请确认替换。</source>
            <translation>The workspace already has signing key {key}. After a key change, the district industry and IT bureau must check the stamped paper report before it accepts new report packages. If you really need to change it, confirm the replacement.</translation>
        </message>
        <message>
            <source>只能比较同一问卷的两个评估期</source>
            <translation>Only two assessment periods of the same questionnaire can be compared</translation>
        </message>
        <message>
            <source>新版本中已删除此题</source>
            <translation>This question was removed in the new version</translation>
        </message>
        <message>
            <source>题目、口径或所选选项的文字有修改，请核对答案</source>
            <translation>The wording of the question, its definition or the chosen option changed. Please check the answer</translation>
        </message>
        <message>
            <source>只能换到同一问卷的其他版本</source>
            <translation>You can only switch to another version of the same questionnaire</translation>
        </message>
        <message>
            <source>{file} 已导入过（{district} {period}），未作改动</source>
            <translation type="vanished">{file} was already imported ({district} {period}); nothing changed</translation>
        </message>
        <message>
            <source>{status}（{at}，{clerk}{sent}）</source>
            <translation type="vanished">{status} ({at}, {clerk}{sent})</translation>
        </message>
        <message>
            <source>低于同组约九成企业</source>
            <translation type="vanished">Below about 90% of the group</translation>
        </message>
        <message>
            <source>低于同组约四分之三企业</source>
            <translation type="vanished">Below about three quarters of the group</translation>
        </message>
        <message>
            <source>低于同组约一半企业</source>
            <translation type="vanished">Below about half of the group</translation>
        </message>
        <message>
            <source>高于同组约一半企业</source>
            <translation type="vanished">Above about half of the group</translation>
        </message>
        <message>
            <source>高于同组约四分之三企业</source>
            <translation type="vanished">Above about three quarters of the group</translation>
        </message>
        <message>
            <source>高于同组约九成企业</source>
            <translation type="vanished">Above about 90% of the group</translation>
        </message>
        <message>
            <source>与同组中位数持平（P50）</source>
            <translation type="vanished">Level with the group median (P50)</translation>
        </message>
        <message>
            <source>{words}（低于 P{p}）</source>
            <translation type="vanished">{words} (below P{p})</translation>
        </message>
        <message>
            <source>{words}（高于 P{p}）</source>
            <translation type="vanished">{words} (above P{p})</translation>
        </message>
        <message>
            <source>{words}（介于 P{low} 与 P{high} 之间）</source>
            <translation type="vanished">{words} (between P{low} and P{high})</translation>
        </message>
        <message>
            <source>无法核对这份回执：您手上的{district}区县文件是旧版，没有区县的签名公钥。请向区县工信部门索取最新的区县文件（.zgszkey），与回执一起导入</source>
            <translation type="vanished">This receipt cannot be checked: your district file of {district} is an old one without the district's signing key. Please ask the district industry and IT bureau for their latest district file (.zgszkey) and import it with the receipt</translation>
        </message>
        <message>
            <source>。注意：该区县导出时数据库核查未通过（强制导出），数字仅供参考，请与区县核实</source>
            <translation type="vanished">. Note: the district's database audit failed when it exported (exported anyway); the figures are for reference only, please check with the district</translation>
        </message>
        <message>
            <source>。注意：其中 {count} 家企业另有地区也报送了同一评估期（{examples}），请与相关区县核实归属</source>
            <translation type="vanished">. Note: {count} of these enterprises were also reported by another district for the same assessment period ({examples}); please check with the districts concerned which one they belong to</translation>
        </message>
        <message>
            <source>工作表“{sheet}”的 {cell} 等单元格是公式，但文件中没有保存计算结果（由其他软件生成）。请在 Excel 中打开该文件、保存一次后再导入</source>
            <translation type="vanished">Cell {cell} and others of sheet "{sheet}" hold formulas, but the file has no saved results for them (it was made by other software). Open the file in Excel, save it once, then import it</translation>
        </message>
        <message>
            <source>工作区正被其他程序长时间占用，请稍后再试（或关闭其他打开该工作区的窗口）。</source>
            <translation type="vanished">Another program has been using the workspace for a long time. Try again later (or close other windows that have this workspace open).</translation>
        </message>
        <message>
            <source>{path} 不是有效的工作区数据库，或文件已损坏（{error}）。可从备份恢复。</source>
            <translation type="vanished">{path} is not a valid workspace database, or the file is damaged ({error}). You can restore it from a backup.</translation>
        </message>
        <message>
            <source>无法以 WAL 模式打开工作区数据库（{mode}），请检查文件夹是否可写</source>
            <translation type="vanished">Cannot open the workspace database in WAL mode ({mode}). Please check that the folder is writable</translation>
        </message>
    </context>
</TS>
