<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="17"/>
        <source>&lt;h3&gt;Union Ledger {0}&lt;/h3&gt;&lt;p&gt;Registers of members, aid and competitions for township and grassroots trade unions, with signed PDF summaries for the county union.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;br&gt;Backups: {2}&lt;/p&gt;&lt;p&gt;Python {3}, Qt for Python {4}, SQLite {5}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;工会台账 {0}&lt;/h3&gt;&lt;p&gt;供乡镇（街道）和基层工会使用的会员、帮扶和竞赛台账，可向县总工会报送带数字签名的 PDF 汇总表。&lt;/p&gt;&lt;p&gt;数据库：{1}&lt;br&gt;备份：{2}&lt;/p&gt;&lt;p&gt;Python {3}，Qt for Python {4}，SQLite {5}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about_dialog.py" line="26"/>
        <source>About Union Ledger</source>
        <translation>关于工会台账</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/setup_wizard.py" line="33"/>
        <source>First administrator</source>
        <translation>第一位管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/setup_wizard.py" line="34"/>
        <source>The administrator manages users, backups and settings. Clerks and the responsible person are added later under Settings.</source>
        <translation>管理员负责操作员、备份和设置。经办人和负责人的账户稍后在“设置”中添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/setup_wizard.py" line="43"/>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/setup_wizard.py" line="44"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/setup_wizard.py" line="45"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/setup_wizard.py" line="46"/>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/setup_wizard.py" line="59"/>
        <source>The two passwords are different.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../desktop/ui/controller.py" line="76"/>
        <source>{0}

Restore the backup {1} now? The damaged file is kept in the backup folder.</source>
        <translation>{0}

现在用备份 {1} 恢复吗？损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/controller.py" line="77"/>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../desktop/ui/settings/audit_tab.py" line="38"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/audit_tab.py" line="39"/>
        <source>User</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/audit_tab.py" line="40"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/audit_tab.py" line="41"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/audit_tab.py" line="50"/>
        <source>&amp;Check integrity</source>
        <translation>校验完整性(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/audit_tab.py" line="73"/>
        <source>Intact: {0} events checked, none changed outside the app.</source>
        <translation>完整：已校验 {0} 条记录，没有在程序之外被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/audit_tab.py" line="79"/>
        <source>Checking the audit trail…</source>
        <translation>正在校验操作日志…</translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="59"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="44"/>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="45"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="46"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="47"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="57"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="58"/>
        <source>&amp;Restore selected…</source>
        <translation>用所选备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="60"/>
        <source>Open backup &amp;folder</source>
        <translation>打开备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="65"/>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="67"/>
        <source>Back up when the app starts (daily) and when it closes</source>
        <translation>启动时（每天一次）和关闭时自动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="72"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="74"/>
        <source>Keep daily backups for (days):</source>
        <translation>每日备份保留天数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="75"/>
        <source>Keep weekly backups for (weeks):</source>
        <translation>每周备份保留周数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="86"/>
        <source>Backups are kept in {0}. Copy them to a USB stick from time to time.</source>
        <translation>备份保存在 {0}。请定期复制到U盘等其他介质。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="105"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="105"/>
        <source>Backup saved as {0}.</source>
        <translation>已备份为 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="107"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="112"/>
        <source>Select the backup to restore first.</source>
        <translation>请先选择要恢复的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="116"/>
        <source>Replace ALL current data with the backup made at {0}?

The current data is saved first as a &quot;before restore&quot; backup, so this can be undone. You will log in again afterwards.</source>
        <translation>用 {0} 的备份替换当前的全部数据吗？

当前数据会先另存为一份“恢复前”备份，可以撤销。恢复后需要重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="119"/>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="125"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="126"/>
        <source>The data was restored. The replaced data was saved as {0}.</source>
        <translation>数据已恢复。被替换的数据已另存为 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/backups_tab.py" line="129"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../../desktop/ui/pages/coming_soon.py" line="18"/>
        <source>Coming soon</source>
        <translation>即将推出</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/members/date_field.py" line="38"/>
        <source>YYYY-MM-DD</source>
        <translation>如 2024-03-05</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="25"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="26"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="27"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="28"/>
        <source>A new language takes effect the next time the app starts.</source>
        <translation>更改语言后，下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="29"/>
        <source>&amp;Lock the window after inactivity:</source>
        <translation>无操作多久后锁定窗口(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="30"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="33"/>
        <source>Only an administrator can change these settings.</source>
        <translation>只有管理员可以更改这些设置。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="25"/>
        <source>Our union</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="28"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="29"/>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="30"/>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="31"/>
        <source>Responsible person:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="33"/>
        <source>Data safety</source>
        <translation>数据安全</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="37"/>
        <source>Latest backup:</source>
        <translation>最近备份：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="38"/>
        <source>Active users:</source>
        <translation>在用操作员：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="39"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="50"/>
        <source>&lt;h2&gt;Welcome, {0}&lt;/h2&gt;&lt;p&gt;You are logged in as {1}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎，{0}&lt;/h2&gt;&lt;p&gt;您以{1}身份登录。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="63"/>
        <source>none yet</source>
        <translation>尚无备份</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="45"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="46"/>
        <source>An Excel (.xlsx, .xls) or CSV file with a header row and one record per row. You can also drag the file onto this window.</source>
        <translation>Excel（.xlsx、.xls）或 CSV 文件，第一行为表头，每行一条记录。也可以把文件拖到本窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="51"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="53"/>
        <source>Choose or drop the file to import</source>
        <translation>选择或拖入要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="56"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="61"/>
        <source>&amp;Update existing persons</source>
        <translation>更新已有人员信息(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="63"/>
        <source>Members already in the ledger (same ID number, same employer) get the file&apos;s details. Unticked, such rows are marked as errors.</source>
        <translation>台账中已有的会员（证件号码和工作单位相同）将按文件内容更新；不勾选时，这些行标为错误。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="73"/>
        <source>No file yet?</source>
        <translation>还没有文件？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="75"/>
        <source>Save the blank template, fill it in (one record per row, keep the header) and choose it above. The ID column is already formatted as text.</source>
        <translation>先保存空白模板，按每行一条记录填写（保留表头），再在上方选择该文件。模板中的证件号码列已设为文本格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="78"/>
        <source>Save blank &amp;template…</source>
        <translation>保存空白模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="112"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="113"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="129"/>
        <source>Member import template.xlsx</source>
        <translation>会员导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="130"/>
        <source>Organization import template.xlsx</source>
        <translation>建会单位导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="131"/>
        <source>Save blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="132"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="142"/>
        <source>The template was saved to {0}. Fill it in, then choose it above.</source>
        <translation>模板已保存到 {0}。填写后在上方选择该文件。</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <location filename="../../desktop/ui/import_wizard/mapping_page.py" line="35"/>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/mapping_page.py" line="36"/>
        <source>Tell the ledger which field each column of the file holds. Columns set to “(ignore)” are not imported.</source>
        <translation>请指明文件中每一列对应台账的哪一项。设为“（忽略）”的列不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/mapping_page.py" line="61"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/mapping_page.py" line="61"/>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/mapping_page.py" line="61"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/mapping_page.py" line="70"/>
        <source>Import column {0} as</source>
        <translation>第 {0} 列导入为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/mapping_page.py" line="81"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/mapping_page.py" line="83"/>
        <source>{0} (required)</source>
        <translation>{0}（必填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/mapping_page.py" line="110"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/mapping_page.py" line="111"/>
        <source>Still missing: {0}. Choose the column of the file that holds it.</source>
        <translation>还缺少：{0}。请选择文件中对应的列。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/mapping_page.py" line="114"/>
        <source>Every required column is matched. Press Next to check the rows.</source>
        <translation>必填列都已对应。请按“下一步”检查各行。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_model.py" line="109"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_model.py" line="109"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_model.py" line="109"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_model.py" line="113"/>
        <source>The row number in the spreadsheet</source>
        <translation>在电子表格中的行号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_model.py" line="115"/>
        <source>Imported as “{0}”</source>
        <translation>导入为“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_model.py" line="169"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_model.py" line="169"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_model.py" line="169"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="54"/>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="55"/>
        <source>Nothing is written yet. Rows in red will not be imported: the Reason column says why, and pointing at a red cell shows the problem with it.</source>
        <translation>尚未写入任何数据。红色的行不会导入：“原因”列说明原因，鼠标指向红色单元格可看到它的问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="69"/>
        <source>&amp;Only rows with errors</source>
        <translation>只看有错误的行(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="70"/>
        <source>&amp;Save rows with errors…</source>
        <translation>保存有错误的行(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="79"/>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="86"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="80"/>
        <source>Why it was skipped</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="87"/>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="115"/>
        <source>Rows ({0})</source>
        <translation>数据行（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="116"/>
        <source>Skipped rows ({0})</source>
        <translation>跳过的行（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="117"/>
        <source>Notices ({0})</source>
        <translation>提示（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="129"/>
        <source>No row can be imported. Correct the file as the Reason column says and choose it again.</source>
        <translation>没有可导入的行。请按“原因”列改正文件后重新选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="134"/>
        <source>{0} rows: {1} can be imported, {2} with errors, {3} skipped (totals, blank rows and the like).</source>
        <translation>共 {0} 行：可导入 {1} 行，有错误 {2} 行，跳过 {3} 行（合计行、空行等）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="139"/>
        <source>{0} of them update persons already in the ledger.</source>
        <translation>其中 {0} 行将更新台账中已有的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="144"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="146"/>
        <source>&amp;Import the {0} valid rows</source>
        <translation>导入 {0} 条正确的行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="147"/>
        <source>&amp;Import all {0} rows</source>
        <translation>导入全部 {0} 行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="151"/>
        <source>File {0}, sheet “{1}”, header in row {2}.</source>
        <translation>文件 {0}，工作表“{1}”，表头在第 {2} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="153"/>
        <source>column {0} “{1}”</source>
        <translation>第 {0} 列“{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="156"/>
        <source>Not imported: {0}.</source>
        <translation>不导入：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="156"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../../desktop/ui/import_wizard/result_page.py" line="20"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/result_page.py" line="30"/>
        <source>The rows not imported can be saved to a file with the reason for each; correct them there and import that file.</source>
        <translation>未导入的行可以连同原因保存到文件，在文件中改正后再导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/result_page.py" line="35"/>
        <source>&amp;Save rows not imported…</source>
        <translation>保存未导入的行(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/result_page.py" line="47"/>
        <source>The records from {0} are now in the ledger.</source>
        <translation>“{0}”中的记录已保存到台账。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/result_page.py" line="48"/>
        <source>Imported {0} new records, updated {1}, not imported {2} rows.</source>
        <translation>新增 {0} 条记录，更新 {1} 条，未导入 {2} 行。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="69"/>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="69"/>
        <source>Import organizations</source>
        <translation>导入建会单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="119"/>
        <source>Reading and checking the file…</source>
        <translation>正在读取并检查文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="147"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="149"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="156"/>
        <source>Leave out the rows with errors?</source>
        <translation>跳过有错误的行？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="157"/>
        <source>{0} rows have errors and will not be imported. Import the other {1} rows now?

You can save the rows with errors to a file, correct them there and import that file later.</source>
        <translation>有 {0} 行存在错误，不会导入。现在导入其余 {1} 行吗？

可以把有错误的行保存到文件，改正后再导入该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="160"/>
        <source>Import {0} rows</source>
        <translation>导入 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="161"/>
        <source>Save rows with errors…</source>
        <translation>保存有错误的行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="173"/>
        <source>{0} - rows not imported.xlsx</source>
        <translation>{0} - 未导入的行.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="174"/>
        <source>Save rows with errors</source>
        <translation>保存有错误的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="175"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="180"/>
        <source>Saving the rows with errors…</source>
        <translation>正在保存有错误的行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="182"/>
        <source>{0} rows with their reasons were saved to {1}. Correct them there and import that file.</source>
        <translation>{0} 行及其原因已保存到 {1}。请在其中改正后导入该文件。</translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="97"/>
        <source>Transfer {0}</source>
        <translation>会籍转移：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="97"/>
        <source>Withdraw {0}</source>
        <translation>退会：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="98"/>
        <source>Record the death of {0}</source>
        <translation>登记去世：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="99"/>
        <source>&amp;Transfer</source>
        <translation>转移(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="99"/>
        <source>&amp;Withdraw</source>
        <translation>退会(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="99"/>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="107"/>
        <source>Current employer: {0}</source>
        <translation>现工作单位：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="108"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="110"/>
        <source>To another &amp;organization of this union:</source>
        <translation>转到本单位其他建会单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="111"/>
        <source>Out to &amp;another union:</source>
        <translation>转出到其他工会(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="121"/>
        <source>Name of the union the member moves to</source>
        <translation>转往工会的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="129"/>
        <source>Automatic withdrawal (six months without dues)</source>
        <translation>自动退会（连续六个月未缴纳会费）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="131"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="131"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="141"/>
        <source>Date not understood: write it as 2024-03-05.</source>
        <translation>日期无法识别，请按 2024-03-05 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="149"/>
        <source>Choose the organization the member moves to.</source>
        <translation>请选择转入的建会单位。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="26"/>
        <source>Screen locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="26"/>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="52"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="33"/>
        <source>The ledger was locked after a period of inactivity. Enter your password to continue.</source>
        <translation>长时间无操作，台账已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="39"/>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="40"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="47"/>
        <source>Demo ledger: log in as admin, clerk or approver with the password demo1234.</source>
        <translation>演示台账：可用 admin（管理员）、clerk（经办人）或 approver（负责人）登录，密码均为 demo1234。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="52"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="54"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="54"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/login_dialog.py" line="64"/>
        <source>Enter both the username and the password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="30"/>
        <location filename="../../desktop/ui/main_window.py" line="86"/>
        <source>Union Ledger</source>
        <translation>工会台账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="63"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="64"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="66"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="69"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="70"/>
        <source>&amp;Change my password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="71"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="72"/>
        <source>Log &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="73"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="74"/>
        <source>&amp;About Union Ledger</source>
        <translation>关于工会台账(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="106"/>
        <source>User: {0} ({1})</source>
        <translation>操作员：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="107"/>
        <source>Unit: {0}</source>
        <translation>单位：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="41"/>
        <source>Demo data — not for real records</source>
        <translation>演示数据——请勿录入真实信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="32"/>
        <location filename="../../desktop/ui/main_window.py" line="87"/>
        <source>&lt;h1&gt;Union Ledger&lt;/h1&gt;&lt;p&gt;Opening the ledger…&lt;/p&gt;</source>
        <translation>&lt;h1&gt;工会台账&lt;/h1&gt;&lt;p&gt;正在打开台账…&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="118"/>
        <source>&lt;h1&gt;Union Ledger&lt;/h1&gt;&lt;p&gt;Please log in.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;工会台账&lt;/h1&gt;&lt;p&gt;请登录。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125"/>
        <source>&lt;h1&gt;Union Ledger&lt;/h1&gt;&lt;p&gt;Locked.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;工会台账&lt;/h1&gt;&lt;p&gt;已锁定。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>Change my password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <source>There are unsaved changes on: {0}. Discard them?</source>
        <translation>以下页面有未保存的修改：{0}。要放弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>MemberDetailDialog</name>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="47"/>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="48"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="48"/>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="48"/>
        <source>ID type:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="49"/>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="49"/>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="50"/>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="50"/>
        <source>Mobile:</source>
        <translation>手机号码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="51"/>
        <source>Political status:</source>
        <translation>政治面貌：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="51"/>
        <source>Education:</source>
        <translation>学历：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="52"/>
        <source>Skill level:</source>
        <translation>技能等级：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="52"/>
        <source>Household type:</source>
        <translation>户籍类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="53"/>
        <source>Household registered in:</source>
        <translation>户籍所在地：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="55"/>
        <source>Membership</source>
        <translation>会籍信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="56"/>
        <source>Employer:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="56"/>
        <source>Joined on:</source>
        <translation>入会时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="57"/>
        <source>Card number:</source>
        <translation>会员卡号：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="57"/>
        <source>Status:</source>
        <translation>会籍状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="58"/>
        <source>Migrant worker:</source>
        <translation>是否农民工：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="59"/>
        <source>New form of employment:</source>
        <translation>新就业形态群体：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="60"/>
        <source>Employment status:</source>
        <translation>就业状况：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="63"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="64"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="65"/>
        <source>From</source>
        <translation>转出单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="66"/>
        <source>To</source>
        <translation>转入单位/去向</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="67"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="68"/>
        <source>Recorded by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="76"/>
        <source>Membership history</source>
        <translation>会籍变动记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="79"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="80"/>
        <source>&amp;Transfer…</source>
        <translation>转移(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="81"/>
        <source>&amp;Withdraw…</source>
        <translation>退会(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="82"/>
        <source>Record &amp;death…</source>
        <translation>登记去世(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="83"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="84"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="125"/>
        <source>Member: {0}</source>
        <translation>会员：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="128"/>
        <source>{0} since {1}</source>
        <translation>{0}（{1} 起）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="149"/>
        <source>Only active members can be transferred or withdrawn.</source>
        <translation>只有在会会员可以办理转移、退会或登记去世。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="166"/>
        <source>Void member record</source>
        <translation>作废会员记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="167"/>
        <source>Void the record of {0} only if it was entered by mistake. It stays in the ledger with its history but no longer counts. Why is it void?</source>
        <translation>只有录入错误时才作废{0}的记录。作废后记录和变动历史仍保留在台账中，但不再计入统计。请填写作废原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="169"/>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
</context>
<context>
    <name>MemberEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/members/entry_dialog.py" line="28"/>
        <source>Edit member</source>
        <translation>修改会员信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_dialog.py" line="28"/>
        <source>Enroll members</source>
        <translation>会员入会登记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_dialog.py" line="36"/>
        <source>&amp;Save and next (Enter)</source>
        <translation>保存并录入下一名(&amp;S)（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_dialog.py" line="36"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_dialog.py" line="40"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_dialog.py" line="44"/>
        <source>Tab moves to the next field. Enter saves; the form then clears for the next member and keeps the employer and the join date.</source>
        <translation>按 Tab 键到下一项，按回车保存；保存后表单清空，可接着录入下一名会员，工作单位和入会时间保留不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_dialog.py" line="99"/>
        <source>Saved: {0} ({1} this session)</source>
        <translation>已保存：{0}（本次已录入 {1} 名）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_dialog.py" line="111"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_dialog.py" line="112"/>
        <source>The member being entered has not been saved. Discard what was typed?</source>
        <translation>正在录入的会员还没有保存。放弃已填写的内容吗？</translation>
    </message>
</context>
<context>
    <name>MemberFilterBar</name>
    <message>
        <location filename="../../desktop/ui/members/filter_bar.py" line="25"/>
        <source>Search: name, pinyin initials (zs), ID number or its last digits, mobile, card number</source>
        <translation>搜索：姓名、拼音首字母（如 zs）、证件号码或其后几位、手机号、会员卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/filter_bar.py" line="26"/>
        <source>All organizations</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/filter_bar.py" line="30"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/filter_bar.py" line="37"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/filter_bar.py" line="46"/>
        <source>&amp;Organization:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/filter_bar.py" line="46"/>
        <source>&amp;Group:</source>
        <translation>群体(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/filter_bar.py" line="47"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/filter_bar.py" line="47"/>
        <source>Joined &amp;from:</source>
        <translation>入会时间(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/filter_bar.py" line="48"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/filter_bar.py" line="105"/>
        <source>Date not understood: use 2024-03-05</source>
        <translation>日期无法识别，请按 2024-03-05 填写</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="83"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="84"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="94"/>
        <source>Join</source>
        <translation>入会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="95"/>
        <source>Transfer in from another union</source>
        <translation>从其他工会转入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="99"/>
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="105"/>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="107"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="108"/>
        <source>&amp;ID number:</source>
        <translation>证件号码(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="112"/>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="113"/>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="114"/>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="115"/>
        <source>&amp;Ethnicity:</source>
        <translation>民族(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="116"/>
        <source>&amp;Mobile:</source>
        <translation>手机号码(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="117"/>
        <source>&amp;Political status:</source>
        <translation>政治面貌(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="118"/>
        <source>Ed&amp;ucation:</source>
        <translation>学历(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="119"/>
        <source>Skill level:</source>
        <translation>技能等级：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="120"/>
        <source>Household type:</source>
        <translation>户籍类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="121"/>
        <source>Household registered in:</source>
        <translation>户籍所在地：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="122"/>
        <source>Membership</source>
        <translation>会籍信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="124"/>
        <source>Empl&amp;oyer:</source>
        <translation>工作单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="125"/>
        <source>&amp;Joined on:</source>
        <translation>入会时间(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="126"/>
        <source>How joined:</source>
        <translation>入会方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="127"/>
        <source>Previous &amp;union:</source>
        <translation>转入前工会(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="128"/>
        <source>&amp;Card number:</source>
        <translation>会员卡号(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="130"/>
        <source>New form of employment:</source>
        <translation>新就业形态群体：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="132"/>
        <source>Employment status:</source>
        <translation>就业状况：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="191"/>
        <source>Date not understood: write it as 2024-03-05.</source>
        <translation>日期无法识别，请按 2024-03-05 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="194"/>
        <source>No organization is called “{0}”: choose one from the list.</source>
        <translation>没有名为“{0}”的建会单位，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="301"/>
        <source>filled in from the ID number</source>
        <translation>由身份证号码自动填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="334"/>
        <source>15-digit number: it will be stored as {0}.</source>
        <translation>15 位身份证号码，将按国家标准升为 18 位保存：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="354"/>
        <source>{0} is already an active member at “{1}” and cannot join twice. If they changed employer, open their record on the Members page and transfer the membership.</source>
        <translation>{0}已是“{1}”的在会会员，不能重复入会。如已换了单位，请在会员页打开其记录，办理会籍转移。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/entry_form.py" line="358"/>
        <source>{0} is already in the ledger (last membership: {1}, {2}); personal details filled in.</source>
        <translation>{0}已在台账中（上次会籍：{1}，{2}），已自动填入个人信息。</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/ui/members/page.py" line="51"/>
        <source>Right-click to choose the columns</source>
        <translation>右键单击可选择显示的列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/page.py" line="54"/>
        <source>&amp;New member… (Ctrl+N)</source>
        <translation>新增会员(&amp;N)…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/page.py" line="55"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/page.py" line="56"/>
        <source>C&amp;olumns…</source>
        <translation>显示列(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/page.py" line="104"/>
        <source>Found {0} member(s)</source>
        <translation>找到 {0} 名会员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/page.py" line="106"/>
        <source>{0} active member(s) in all</source>
        <translation>共 {0} 名在会会员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/page.py" line="151"/>
        <source>Default columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="43"/>
        <source>Edit organization</source>
        <translation>修改建会单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="43"/>
        <source>New organization</source>
        <translation>新增建会单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="50"/>
        <source>18-character unified social credit code</source>
        <translation>18位统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="54"/>
        <source>e.g. XX Company Trade Union Committee</source>
        <translation>如：××有限公司工会委员会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="67"/>
        <source>Organization &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="68"/>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="71"/>
        <source>&amp;Union name:</source>
        <translation>工会名称(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="72"/>
        <source>Nature:</source>
        <translation>单位性质：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="73"/>
        <source>Economic type:</source>
        <translation>经济类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="74"/>
        <source>Industry:</source>
        <translation>所属行业：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="75"/>
        <source>Union type:</source>
        <translation>基层工会类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="76"/>
        <source>Union &amp;founded on:</source>
        <translation>建会日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="77"/>
        <source>&amp;Employees:</source>
        <translation>职工人数(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="78"/>
        <source>Union c&amp;hairman:</source>
        <translation>工会主席(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="79"/>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="80"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="95"/>
        <source>Voided: {0}</source>
        <translation>已作废：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="163"/>
        <source>Date not understood: write it as 2024-03-05.</source>
        <translation>日期无法识别，请按 2024-03-05 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="198"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/form_dialog.py" line="198"/>
        <source>This organization has unsaved changes. Discard them?</source>
        <translation>该单位有未保存的修改。放弃修改吗？</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="37"/>
        <source>Search: organization name, union name or credit code</source>
        <translation>搜索：单位名称、工会名称或统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="38"/>
        <source>Show &amp;voided</source>
        <translation>显示已作废(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="40"/>
        <source>Organization</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="41"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="42"/>
        <source>Nature</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="43"/>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="44"/>
        <source>Union type</source>
        <translation>基层工会类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="45"/>
        <source>Chairman</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="46"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="47"/>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="49"/>
        <source>Active members</source>
        <translation>在会会员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="62"/>
        <source>&amp;New organization… (Ctrl+N)</source>
        <translation>新增单位(&amp;N)…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="63"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="64"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="65"/>
        <source>Show its &amp;members</source>
        <translation>查看该单位会员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="101"/>
        <source>Voided: {0}</source>
        <translation>已作废：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="101"/>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="112"/>
        <source>Found {0} organization(s)</source>
        <translation>找到 {0} 家单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="114"/>
        <source>{0} organization(s) in all</source>
        <translation>共 {0} 家建会单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="165"/>
        <source>Void organization</source>
        <translation>作废建会单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="166"/>
        <source>Void “{0}” only if it was entered by mistake or no longer exists; an organization with active members cannot be voided. Why is it void?</source>
        <translation>只有录入错误或单位已不存在时才作废“{0}”；还有在会会员的单位不能作废。请填写作废原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizations/page.py" line="168"/>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="30"/>
        <source>&amp;Current password:</source>
        <translation>原密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="33"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="34"/>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="36"/>
        <source>At least 8 characters.</source>
        <translation>至少 8 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/password_dialog.py" line="50"/>
        <source>The two new passwords are different.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/members/event_dialogs.py" line="85"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RegisterExcelButton</name>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="20"/>
        <source>E&amp;xcel</source>
        <translation>Excel(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="24"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>从 Excel 或 CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="25"/>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="26"/>
        <source>Save blank &amp;template…</source>
        <translation>保存空白模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="30"/>
        <source>Members.xlsx</source>
        <translation>会员花名册.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="30"/>
        <source>Organizations.xlsx</source>
        <translation>建会单位名册.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="31"/>
        <source>Member import template.xlsx</source>
        <translation>会员导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="32"/>
        <source>Organization import template.xlsx</source>
        <translation>建会单位导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="43"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="44"/>
        <location filename="../../desktop/ui/register_excel.py" line="71"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="61"/>
        <source>Exported {0} rows to {1}</source>
        <translation>已导出 {0} 行到 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="63"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="70"/>
        <source>Save blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="80"/>
        <source>Template saved to {0}</source>
        <translation>模板已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="27"/>
        <source>Unit</source>
        <translation>本单位信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="28"/>
        <source>Users</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="29"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="30"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="31"/>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="32"/>
        <source>Vocabularies</source>
        <translation>词表</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/ui/dialogs/setup_wizard.py" line="74"/>
        <source>Union Ledger — first-time set-up</source>
        <translation>工会台账——首次设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/setup_wizard.py" line="78"/>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/setup_wizard.py" line="80"/>
        <source>This computer has no ledger yet. Enter your union&apos;s details and create the first administrator account. The data is stored on this computer in:
{0}</source>
        <translation>这台电脑上还没有台账。请填写本单位信息并创建第一个管理员账户。数据保存在本机：
{0}</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="20"/>
        <source>e.g. XX Town Federation of Trade Unions</source>
        <translation>例如：××镇总工会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="23"/>
        <source>18-character unified social credit code</source>
        <translation>18位统一社会信用代码或工会法人代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="33"/>
        <source>Union &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="34"/>
        <source>&amp;Code:</source>
        <translation>单位代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="36"/>
        <source>&amp;Level:</source>
        <translation>单位级别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="37"/>
        <source>&amp;Parent union:</source>
        <translation>上级工会(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="38"/>
        <source>Responsible &amp;person:</source>
        <translation>负责人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="39"/>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="40"/>
        <source>Contact mobile:</source>
        <translation>联系手机：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_form.py" line="41"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/setup_wizard.py" line="19"/>
        <source>Your union</source>
        <translation>本单位信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/setup_wizard.py" line="20"/>
        <source>The union that keeps this ledger. The code is checked as you type.</source>
        <translation>使用本台账的工会。输入代码时会即时校验。</translation>
    </message>
</context>
<context>
    <name>UnitTab</name>
    <message>
        <location filename="../../desktop/ui/settings/unit_tab.py" line="24"/>
        <source>Only an administrator can change the unit&apos;s details.</source>
        <translation>只有管理员可以修改本单位信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/unit_tab.py" line="27"/>
        <source>&amp;Revert</source>
        <translation>撤销修改(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/unit_tab.py" line="28"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="39"/>
        <source>Edit user</source>
        <translation>编辑操作员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="39"/>
        <source>Add user</source>
        <translation>新增操作员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="48"/>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="49"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="50"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="52"/>
        <source>Account in use</source>
        <translation>账户在用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="55"/>
        <source>&amp;First password:</source>
        <translation>初始密码(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="89"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="90"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="91"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="92"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="93"/>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="104"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="105"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="106"/>
        <source>Reset &amp;password…</source>
        <translation>重设密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="107"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="114"/>
        <source>Only an administrator can manage users.</source>
        <translation>只有管理员可以管理操作员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="122"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="123"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="123"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/users_tab.py" line="147"/>
        <source>New password for {0}</source>
        <translation>为 {0} 设置新密码</translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="26"/>
        <source>New forms of employment</source>
        <translation>新就业形态群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="27"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="28"/>
        <source>Household type</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="29"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="30"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="31"/>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="32"/>
        <source>Employment status</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="33"/>
        <source>Organization nature</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="34"/>
        <source>Economic type</source>
        <translation>经济类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="35"/>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="36"/>
        <source>Union type</source>
        <translation>基层工会类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="44"/>
        <source>New term</source>
        <translation>新词条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="45"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="46"/>
        <source>&amp;Retire selected</source>
        <translation>停用所选(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="51"/>
        <source>&amp;Vocabulary:</source>
        <translation>词表(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="65"/>
        <source>Retired terms are no longer offered in forms and imports; records that use them keep them.</source>
        <translation>停用的词条不再出现在录入表单和导入中；已使用该词条的记录保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="67"/>
        <source>Only an administrator can change the vocabularies.</source>
        <translation>只有管理员可以修改词表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="93"/>
        <source>Added: {0}</source>
        <translation>已添加：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="98"/>
        <source>Choose the term to retire.</source>
        <translation>请先选择要停用的词条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/vocabulary_tab.py" line="107"/>
        <source>Retired: {0}</source>
        <translation>已停用：{0}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="26"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="27"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="28"/>
        <source>Organizations</source>
        <translation>建会单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="29"/>
        <source>Aid</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="30"/>
        <source>Hardship files and aid disbursements, approved by the responsible person.</source>
        <translation>困难职工档案和帮扶发放记录，经负责人审核后生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="31"/>
        <source>Competitions</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="32"/>
        <source>Competitions, events, entrants and results.</source>
        <translation>竞赛、比赛项目、参赛者和成绩。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="33"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="34"/>
        <source>Signed PDF summaries for a month, quarter or year.</source>
        <translation>按月、季度或年度导出带数字签名的 PDF 汇总表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="35"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="10"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="11"/>
        <source>Responsible person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="12"/>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="13"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>Login refused</source>
        <translation>拒绝登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>Unit created</source>
        <translation>创建本单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24"/>
        <source>Unit changed</source>
        <translation>修改本单位信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25"/>
        <source>User created</source>
        <translation>新增操作员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26"/>
        <source>User changed</source>
        <translation>修改操作员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27"/>
        <source>Password reset</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29"/>
        <source>User unlocked</source>
        <translation>解锁操作员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>Backup made</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32"/>
        <source>Restored from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33"/>
        <source>Recovered damaged database</source>
        <translation>用备份修复损坏的数据库</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="35"/>
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="38"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="47"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="48"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="49"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="51"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="53"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="55"/>
        <source>Joined on</source>
        <translation>入会时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="56"/>
        <source>Card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="57"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="58"/>
        <source>Groups</source>
        <translation>群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="59"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="61"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="63"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="65"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="67"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="69"/>
        <source>Household type</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/table_model.py" line="71"/>
        <source>Employment status</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="14"/>
        <source>Active</source>
        <translation>在会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="15"/>
        <location filename="../../desktop/ui/members/labels.py" line="28"/>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="16"/>
        <source>Withdrawn</source>
        <translation>退会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="17"/>
        <location filename="../../desktop/ui/members/labels.py" line="31"/>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="18"/>
        <location filename="../../desktop/ui/members/labels.py" line="32"/>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="25"/>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="26"/>
        <source>Transferred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="27"/>
        <source>Internal transfer</source>
        <translation>内部转移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="29"/>
        <source>Withdrew</source>
        <translation>退会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="30"/>
        <source>Automatic withdrawal</source>
        <translation>自动退会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="40"/>
        <source>All groups</source>
        <translation>全部群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="41"/>
        <source>Migrant workers</source>
        <translation>农民工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="42"/>
        <source>Women workers</source>
        <translation>女职工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="43"/>
        <source>New forms of employment (all)</source>
        <translation>新就业形态（全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="49"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/labels.py" line="49"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/ui/messages.py" line="23"/>
        <source>An unexpected error occurred; nothing was changed. Details: {0}</source>
        <translation>发生了意外错误，数据未作更改。详情：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="30"/>
        <source>Cannot continue</source>
        <translation>无法继续</translation>
    </message>
</context>
</TS>
