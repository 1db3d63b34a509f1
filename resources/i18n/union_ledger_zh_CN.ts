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
    <name>AidPage</name>
    <message>
        <location filename="../../desktop/ui/aid/page.py" line="38"/>
        <source>Campaigns are not available yet.</source>
        <translation>“活动”功能暂不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/page.py" line="40"/>
        <source>Group distributions are not available yet.</source>
        <translation>“集体慰问”功能暂不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/page.py" line="42"/>
        <source>Hardship files are not available yet.</source>
        <translation>“困难职工档案”功能暂不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/page.py" line="44"/>
        <source>Disbursements</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/page.py" line="45"/>
        <location filename="../../desktop/ui/aid/page.py" line="84"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/page.py" line="46"/>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/page.py" line="47"/>
        <source>Group distributions</source>
        <translation>集体慰问</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/page.py" line="48"/>
        <source>Hardship files</source>
        <translation>困难职工档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/page.py" line="84"/>
        <source>Approvals ({0})</source>
        <translation>审批（{0}）</translation>
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
    <name>ApprovalTab</name>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="52"/>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="53"/>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="59"/>
        <source>Only the responsible person (负责人) can approve or return records; you can see what is waiting.</source>
        <translation>只有负责人可以批准或退回记录；您可以查看待审批的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="66"/>
        <source>&amp;Approve selected</source>
        <translation>批准所选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="67"/>
        <source>&amp;Return selected…</source>
        <translation>退回所选(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="68"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="98"/>
        <source>{0} waiting</source>
        <translation>待审批 {0} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="100"/>
        <source>; {0} group distribution(s) waiting in the Group distributions tab</source>
        <translation>；另有 {0} 条集体慰问待审批（见“集体慰问”页）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="124"/>
        <source>Select the records to approve (Ctrl+A selects all).</source>
        <translation>请选择要批准的记录（Ctrl+A 全选）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="133"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="139"/>
        <source>{0} record(s) approved.</source>
        <translation>已批准 {0} 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="145"/>
        <source>Select the records to return.</source>
        <translation>请选择要退回的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="148"/>
        <source>{0} record(s) returned.</source>
        <translation>已退回 {0} 条记录。</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="39"/>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="40"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="41"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="42"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="43"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="43"/>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="43"/>
        <source>Unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="44"/>
        <source>Signed by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="45"/>
        <source>Prepared by</source>
        <translation>制表人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="46"/>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="47"/>
        <source>Replaces / replaced by</source>
        <translation>替代 / 被替代</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="48"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="61"/>
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="62"/>
        <source>Open &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="63"/>
        <source>P&amp;rint file…</source>
        <translation>打印文件(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="64"/>
        <source>&amp;Verify file</source>
        <translation>核验文件(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="65"/>
        <source>Checks that the file is the one exported and, when signed, that its signature, data and QR code agree.</source>
        <translation>核对文件是否就是当时导出的那一份；已签名的，同时核验签名、数据和二维码是否一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="67"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="89"/>
        <source>Replaces {0}</source>
        <translation>替代 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="91"/>
        <source>Replaced by {0}</source>
        <translation>已被 {0} 替代</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/archive_view.py" line="102"/>
        <source>%n report(s) exported</source>
        <translation>
            <numerusform>已导出 %n 份报表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="115"/>
        <source>The file is no longer at {0}.</source>
        <translation>文件已不在 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="147"/>
        <source>Verify {0}</source>
        <translation>核验 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="157"/>
        <source>The file is exactly the one exported.</source>
        <translation>文件与导出时完全一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="158"/>
        <source>The file differs from the one exported (changed or replaced).</source>
        <translation>文件与导出时不一致（已被改动或替换）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="160"/>
        <source>The report was exported unsigned.</source>
        <translation>该报表导出时未签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/archive_view.py" line="174"/>
        <source>Not signed with a signing key of this ledger.</source>
        <translation>不是用本台账的签名证书签名的。</translation>
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
    <name>BatchGridDialog</name>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="51"/>
        <source>Batch entry: {0}</source>
        <translation>批量录入：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="60"/>
        <source>e.g. admission letters attached (required for study aid)</source>
        <translation>如：已附录取通知书（金秋助学必填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="63"/>
        <source>no budget</source>
        <translation>不设预算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="64"/>
        <source>Campaign: {0} ({1}), fund source {2}, budget {3}</source>
        <translation>活动：{0}（{1}），经费来源：{2}，预算：{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="65"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="66"/>
        <source>Aid &amp;date:</source>
        <translation>发放日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="67"/>
        <source>Payment &amp;method:</source>
        <translation>发放方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="68"/>
        <source>&amp;Evidence (all rows):</source>
        <translation>附件说明（各行通用）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="71"/>
        <source>Type a name, pinyin initials, the last digits of an ID number or a mobile, then Enter. A new person: name and full ID number, e.g. “张三 110105…”. Amounts are copied from the row above. Tab: next column; Delete: clear; Ctrl+V: paste rows from Excel (name or ID, cash, items, items value, note).</source>
        <translation>输入姓名、拼音首字母、证件号码或手机号的后几位，然后按回车。新人员：输入姓名和完整的证件号码，如“张三 110105…”。金额自动沿用上一行。Tab：下一列；Delete：清空；Ctrl+V：从 Excel 粘贴多行（姓名或证件号码、现金、物品、物品折价、备注）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="79"/>
        <source>&amp;Remove selected rows</source>
        <translation>删除所选行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="80"/>
        <source>&amp;Save all and submit</source>
        <translation>全部保存并提交(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="81"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="120"/>
        <source>Rows: {0}   Persons: {1}   Cash: {2}   Items value: {3}</source>
        <translation>行数：{0}   人数：{1}   现金：{2}   物品折价：{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="126"/>
        <source>Over budget by {0}</source>
        <translation>超出预算 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="127"/>
        <source>Budget left after this batch: {0}</source>
        <translation>本批保存后预算余额：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="144"/>
        <source>Nothing to save: the grid is empty.</source>
        <translation>没有可保存的内容：表格是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="149"/>
        <source>Enter the aid date as 2026-01-20.</source>
        <translation>请按 2026-01-20 的格式填写发放日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="154"/>
        <source>Nothing was saved: rows {0} have problems (see the Problem column). Correct or remove them first.</source>
        <translation>未保存任何记录：第 {0} 行有问题（见“问题”列）。请先改正或删除这些行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="165"/>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="166"/>
        <source>This batch of {0} record(s) totals {1}. With {2} already committed, the campaign&apos;s budget of {3} would be exceeded by {4}. Save anyway?</source>
        <translation>本批 {0} 条记录合计 {1}。活动已占用 {2}，保存后将超出预算 {3}，超出 {4}。仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="182"/>
        <source>Nothing was saved: row {0} was refused (see the Problem column). Correct or remove it, then save again.</source>
        <translation>未保存任何记录：第 {0} 行未通过检查（见“问题”列）。请改正或删除该行后再保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="198"/>
        <source>{0} record(s) saved and submitted for approval.</source>
        <translation>已保存 {0} 条记录并提交审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="217"/>
        <source>Unsaved rows</source>
        <translation>有未保存的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_grid.py" line="218"/>
        <source>{0} row(s) in the grid have not been saved. Close and discard them?</source>
        <translation>表格中有 {0} 行尚未保存。关闭并放弃这些行吗？</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <location filename="../../desktop/ui/aid/batch_table.py" line="52"/>
        <source>Name, ID number or mobile</source>
        <translation>姓名、证件号码或手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_table.py" line="52"/>
        <source>Matched person</source>
        <translation>匹配到的人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_table.py" line="52"/>
        <source>Cash (yuan)</source>
        <translation>现金（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_table.py" line="53"/>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_table.py" line="53"/>
        <source>Items value (yuan)</source>
        <translation>物品折价（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_table.py" line="53"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_table.py" line="53"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_table.py" line="180"/>
        <source>Type the name or ID number of the recipient.</source>
        <translation>请输入发放对象的姓名或证件号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_table.py" line="186"/>
        <source>Same person as row {0}.</source>
        <translation>与第 {0} 行是同一人。</translation>
    </message>
</context>
<context>
    <name>BudgetBars</name>
    <message>
        <location filename="../../desktop/ui/charts.py" line="142"/>
        <source>{0} used, no budget</source>
        <translation>已用 {0}，未设预算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="144"/>
        <source>{0} of {1} ({2}%)</source>
        <translation>已用 {0} / 预算 {1}（{2}%）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="145"/>
        <source>{0}, over budget</source>
        <translation>{0}，已超预算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="149"/>
        <source>No campaigns this year</source>
        <translation>今年暂无帮扶活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="210"/>
        <source>approved and paid</source>
        <translation>已批准/已发放</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="210"/>
        <source>entered, not yet approved</source>
        <translation>已录入未批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="211"/>
        <source>rest of budget</source>
        <translation>预算余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="213"/>
        <source>over budget</source>
        <translation>超出预算</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="107"/>
        <source>Edit campaign</source>
        <translation>修改帮扶活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="107"/>
        <source>New campaign</source>
        <translation>新增帮扶活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="112"/>
        <source>e.g. 2026 New Year and Spring Festival warmth campaign</source>
        <translation>如：2026年元旦春节送温暖活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="117"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>如 2026-03-31（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="122"/>
        <source>in yuan, e.g. 30000; empty = no budget</source>
        <translation>单位：元，如 30000；不填即不设预算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="127"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="128"/>
        <source>&amp;Kind:</source>
        <translation>帮扶类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="129"/>
        <source>&amp;Starts on:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="130"/>
        <source>&amp;Ends on:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="131"/>
        <source>&amp;Fund source:</source>
        <translation>经费来源(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="132"/>
        <source>&amp;Budget (yuan):</source>
        <translation>预算（元）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="133"/>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="135"/>
        <source>&amp;Save (Enter)</source>
        <translation>保存(&amp;S)（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="166"/>
        <source>Date not understood: write it as 2026-01-05.</source>
        <translation>日期无法识别，请按 2026-01-05 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="169"/>
        <source>Enter the date the campaign starts.</source>
        <translation>请填写活动的开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="208"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaign_dialog.py" line="208"/>
        <source>The campaign has not been saved. Discard the changes?</source>
        <translation>该活动尚未保存。放弃修改吗？</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="60"/>
        <source>Over budget</source>
        <translation>超支</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="62"/>
        <source>Name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="62"/>
        <source>{0} (voided)</source>
        <translation>{0}（已作废）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="63"/>
        <source>Kind</source>
        <translation>帮扶类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="64"/>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="65"/>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="66"/>
        <source>Fund source</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="67"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="69"/>
        <source>Committed</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="70"/>
        <source>Approved/paid</source>
        <translation>已批准/已发放</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="71"/>
        <source>Persons</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="72"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="73"/>
        <source>Budget left</source>
        <translation>预算余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="83"/>
        <source>Show voi&amp;ded</source>
        <translation>显示已作废(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="85"/>
        <source>Committed: every record not voided or rejected, drafts and those awaiting approval included. Only approved and paid money counts in totals.</source>
        <translation>已占用：除作废和已退回以外的全部记录，包括草稿和待审批的记录。只有已批准和已发放的金额计入合计。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="89"/>
        <source>&amp;New campaign…</source>
        <translation>新增活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="90"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="91"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="92"/>
        <source>&amp;Batch entry…</source>
        <translation>批量录入(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="93"/>
        <source>Enter many recipients of the selected campaign in a grid</source>
        <translation>在表格中批量录入所选活动的发放对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="123"/>
        <source>{0} campaign(s)</source>
        <translation>共 {0} 个活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="183"/>
        <source>Void campaign</source>
        <translation>作废帮扶活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="184"/>
        <source>Void “{0}” only if it was set up by mistake; a campaign with standing records cannot be voided. Why is it void?</source>
        <translation>只有建立错误时才作废“{0}”；已有有效记录的活动不能作废。请填写作废原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/campaigns_tab.py" line="186"/>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
</context>
<context>
    <name>CompetitionDialog</name>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="75"/>
        <source>Edit competition</source>
        <translation>修改竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="75"/>
        <source>New competition</source>
        <translation>新增竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="80"/>
        <source>e.g. 2026 Xinghe town workers&apos; table tennis tournament</source>
        <translation>如：2026年星河镇职工乒乓球比赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="91"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>如 2026-03-31（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="96"/>
        <source>Separate the awards with “、”, best first. Team events often use 金奖、银奖、铜奖; an organization award: 优秀组织奖.</source>
        <translation>各奖项之间用“、”分隔，按从高到低排列。团体项目常用“金奖、银奖、铜奖”；颁给单位的奖项如“优秀组织奖”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="104"/>
        <source>&amp;Name:</source>
        <translation>竞赛名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="105"/>
        <source>&amp;Kind:</source>
        <translation>竞赛类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="106"/>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="107"/>
        <source>&amp;Organizer:</source>
        <translation>主办单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="108"/>
        <source>&amp;Host:</source>
        <translation>承办单位(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="109"/>
        <source>Starts o&amp;n:</source>
        <translation>开始日期(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="110"/>
        <source>&amp;Ends on:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="111"/>
        <source>&amp;Document no.:</source>
        <translation>文号(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="112"/>
        <source>&amp;Awards:</source>
        <translation>奖项设置(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="114"/>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="120"/>
        <source>Event name, e.g. 男子单打; Enter adds it</source>
        <translation>比赛项目名称，如：男子单打；按回车添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="122"/>
        <source>Add e&amp;vent</source>
        <translation>添加项目(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="123"/>
        <source>&amp;Remove event</source>
        <translation>移除项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="133"/>
        <source>Events (individual, team or organization); more can be added later:</source>
        <translation>比赛项目（个人、团体或单位项目），以后还可以添加：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="157"/>
        <source>&amp;Save (Enter)</source>
        <translation>保存(&amp;S)（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="198"/>
        <source>Type the event&apos;s name first.</source>
        <translation>请先输入比赛项目名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="201"/>
        <source>The event “{0}” is already in the list.</source>
        <translation>比赛项目“{0}”已在列表中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="237"/>
        <source>Date not understood: write it as 2026-05-01.</source>
        <translation>日期无法识别，请按 2026-05-01 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="240"/>
        <source>Enter the date the competition starts.</source>
        <translation>请填写竞赛的开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="286"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="286"/>
        <source>The competition has not been saved. Discard the changes?</source>
        <translation>该竞赛尚未保存。放弃修改吗？</translation>
    </message>
</context>
<context>
    <name>CompetitionView</name>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="59"/>
        <source>Event</source>
        <translation>比赛项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="59"/>
        <source>Entrants are</source>
        <translation>参赛类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="59"/>
        <source>Entered</source>
        <translation>参赛数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="60"/>
        <source>Results</source>
        <translation>成绩数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="66"/>
        <source>Add e&amp;vent…</source>
        <translation>添加项目(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="67"/>
        <source>Rena&amp;me…</source>
        <translation>修改项目(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="68"/>
        <source>Void event…</source>
        <translation>作废项目…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="70"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="71"/>
        <source>Entrant</source>
        <translation>参赛者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="72"/>
        <source>ID / team</source>
        <translation>证件号码/队员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="73"/>
        <source>Representing</source>
        <translation>代表单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="74"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="75"/>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="76"/>
        <source>Result date</source>
        <translation>成绩日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="86"/>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="191"/>
        <source>Entrants</source>
        <translation>参赛者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="87"/>
        <source>&amp;Add entrants…</source>
        <translation>添加参赛者(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="88"/>
        <source>Enter &amp;results…</source>
        <translation>录入成绩(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="89"/>
        <source>&amp;Withdraw…</source>
        <translation>撤销参赛(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="95"/>
        <source>Events</source>
        <translation>比赛项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="141"/>
        <source>Choose a competition above, or create one with Ctrl+N.</source>
        <translation>请在上方选择一项竞赛，或按 Ctrl+N 新增竞赛。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="148"/>
        <source>Organizer: {0}</source>
        <translation>主办单位：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="150"/>
        <source>Host: {0}</source>
        <translation>承办单位：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="152"/>
        <source>Document: {0}</source>
        <translation>文号：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="153"/>
        <source>Awards: {0}</source>
        <translation>奖项：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="155"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="198"/>
        <source>Entrants of “{0}” ({1})</source>
        <translation>“{0}”的参赛者（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="259"/>
        <source>Void event</source>
        <translation>作废比赛项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="259"/>
        <source>Void the event “{0}” only if it was set up by mistake. Why?</source>
        <translation>只有建立错误时才作废比赛项目“{0}”。请填写作废原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="260"/>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="289"/>
        <source>Withdraw entrant</source>
        <translation>撤销参赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="289"/>
        <source>Withdraw “{0}” from the event (kept on record, left out of the results). Why?</source>
        <translation>撤销“{0}”在本项目的参赛（记录保留，但不参加成绩排名）。请填写撤销原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_view.py" line="291"/>
        <source>&amp;Withdraw</source>
        <translation>撤销参赛(&amp;W)</translation>
    </message>
</context>
<context>
    <name>CompetitionsPage</name>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="231"/>
        <source>Honours are not available yet.</source>
        <translation>“荣誉”功能暂不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="233"/>
        <source>The honour roll is not available yet.</source>
        <translation>“光荣榜”功能暂不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="235"/>
        <source>Competitions</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="236"/>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="237"/>
        <source>Honour roll</source>
        <translation>光荣榜</translation>
    </message>
</context>
<context>
    <name>CompetitionsTab</name>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="58"/>
        <source>Show &amp;voided</source>
        <translation>显示已作废(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="60"/>
        <source>Name</source>
        <translation>竞赛名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="60"/>
        <source>{0} (voided)</source>
        <translation>{0}（已作废）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="61"/>
        <source>Kind</source>
        <translation>竞赛类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="62"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="63"/>
        <source>Organizer</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="64"/>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="65"/>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="66"/>
        <source>Events</source>
        <translation>项目数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="67"/>
        <source>Entrants</source>
        <translation>参赛数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="68"/>
        <source>Results</source>
        <translation>成绩数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="79"/>
        <source>&amp;New competition… (Ctrl+N)</source>
        <translation>新增竞赛(&amp;N)…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="80"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="81"/>
        <source>V&amp;oid…</source>
        <translation>作废(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="94"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="129"/>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="148"/>
        <source>{0} competition(s)</source>
        <translation>共 {0} 项竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="215"/>
        <source>Void competition</source>
        <translation>作废竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="216"/>
        <source>Void “{0}” only if it was entered by mistake; it is kept with everything in it but left out of lists and reports. Why is it void?</source>
        <translation>只有录入错误时才作废“{0}”；作废后该竞赛及其全部内容仍保留，但不再出现在列表和报表中。请填写作废原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/page.py" line="218"/>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
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
    <name>DisbursementDialog</name>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="67"/>
        <source>Edit disbursement</source>
        <translation>修改发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="67"/>
        <source>Enter disbursements</source>
        <translation>录入发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="71"/>
        <source>(no campaign)</source>
        <translation>（不属于任何活动）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="80"/>
        <source>in yuan, e.g. 500 or 1,234.50</source>
        <translation>单位：元，如 500 或 1,234.50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="83"/>
        <source>e.g. rice, flour and oil</source>
        <translation>如：米、面、油</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="85"/>
        <source>value of the items in yuan</source>
        <translation>物品折价金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="94"/>
        <source>attachments kept on paper, e.g. admission letter copy</source>
        <translation>纸质附件，如录取通知书复印件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="99"/>
        <source>why this person is paid twice in the campaign</source>
        <translation>此人在本活动中再次发放的原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="102"/>
        <source>&amp;Recipient:</source>
        <translation>发放对象(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="103"/>
        <source>Override reason:</source>
        <translation>特批原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="105"/>
        <source>Ca&amp;mpaign:</source>
        <translation>帮扶活动(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="106"/>
        <source>Ca&amp;tegory:</source>
        <translation>帮扶类别(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="107"/>
        <source>&amp;Date:</source>
        <translation>发放日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="108"/>
        <source>&amp;Cash (yuan):</source>
        <translation>现金（元）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="109"/>
        <source>&amp;Items:</source>
        <translation>物品(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="110"/>
        <source>Items &amp;value (yuan):</source>
        <translation>物品折价（元）(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="111"/>
        <source>&amp;Fund source:</source>
        <translation>经费来源(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="112"/>
        <source>Payment met&amp;hod:</source>
        <translation>发放方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="113"/>
        <source>Attachments (e&amp;vidence):</source>
        <translation>附件说明(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="114"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="122"/>
        <source>Save as &amp;draft</source>
        <translation>保存为草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="124"/>
        <source>&amp;Save and submit (Enter)</source>
        <translation>保存并提交(&amp;S)（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="129"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="135"/>
        <source>Find the recipient first (Enter picks), then Tab through the fields. Enter saves and submits for approval; the form then clears for the next recipient and keeps the campaign, category and date.</source>
        <translation>先查找发放对象（按回车选定），再按 Tab 键逐项填写。按回车保存并提交审批；保存后表单清空，可接着录入下一位，帮扶活动、类别和日期保留不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="237"/>
        <source>Campaign #{0}</source>
        <translation>活动 #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="273"/>
        <source>Date not understood: write it as 2024-03-05.</source>
        <translation>日期无法识别，请按 2024-03-05 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="282"/>
        <source>Choose the recipient: type a name, ID number or mobile and pick with Enter, or register a new person.</source>
        <translation>请选择发放对象：输入姓名、证件号码或手机号后按回车选定，或登记新人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="318"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="341"/>
        <source>As the responsible person you may allow this second payment: give the reason here and save again.</source>
        <translation>作为负责人，您可以特批此次再次发放：请在此填写原因后重新保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="355"/>
        <source>submitted for approval</source>
        <translation>已提交审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="355"/>
        <source>saved as draft</source>
        <translation>已存为草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="356"/>
        <source>{0}: {1} {2} ({3} this session)</source>
        <translation>{0}：{1} {2}（本次已录入 {3} 笔）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="381"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_dialog.py" line="382"/>
        <source>The disbursement being entered has not been saved. Discard what was typed?</source>
        <translation>正在录入的发放记录还没有保存。放弃已填写的内容吗？</translation>
    </message>
</context>
<context>
    <name>DisbursementListTab</name>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="139"/>
        <source>Search: name, pinyin initials (zs), ID number or its last digits, mobile</source>
        <translation>搜索：姓名、拼音首字母（如 zs）、证件号码或其后几位、手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="143"/>
        <source>All but void</source>
        <translation>全部（不含作废）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="146"/>
        <source>Counted (approved and paid)</source>
        <translation>计入合计（已批准和已发放）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="153"/>
        <source>&amp;New… (Ctrl+N)</source>
        <translation>新增(&amp;N)…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="154"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="155"/>
        <source>&amp;Submit selected drafts</source>
        <translation>提交所选草稿(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="164"/>
        <source>&amp;Campaign:</source>
        <translation>活动(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="164"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="165"/>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="165"/>
        <source>&amp;Fund source:</source>
        <translation>经费来源(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="200"/>
        <source>All campaigns</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="201"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="202"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="224"/>
        <source>{0}{1} record(s)</source>
        <translation>{0}{1} 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="252"/>
        <source>Select one or more drafts (or returned records) to submit.</source>
        <translation>请选择一条或多条草稿（或已退回的记录）再提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="260"/>
        <source>{0} record(s) submitted for approval.</source>
        <translation>已提交 {0} 条记录，等待审批。</translation>
    </message>
</context>
<context>
    <name>EntrantsDialog</name>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="107"/>
        <source>Entrants: {0}</source>
        <translation>登记参赛者：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="119"/>
        <source>New &amp;team…</source>
        <translation>新增队伍(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="120"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="126"/>
        <source>Name, pinyin initials, ID number tail or mobile, then Enter; someone new: name and full ID number</source>
        <translation>输入姓名、拼音首字母、证件号码后几位或手机号后按回车；新人员请输入姓名和完整的证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="128"/>
        <source>&amp;Person:</source>
        <translation>参赛人员(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="129"/>
        <source>&amp;Representing:</source>
        <translation>代表单位(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="130"/>
        <source>Representing: leave empty to use the member&apos;s own organization.</source>
        <translation>代表单位：不填即为该会员所在的单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="135"/>
        <source>Type to filter, ↑↓ to choose, Enter to enter</source>
        <translation>输入文字筛选，↑↓ 选择，回车登记参赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="136"/>
        <source>&amp;Team:</source>
        <translation>参赛队伍(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="136"/>
        <source>&amp;Organization:</source>
        <translation>参赛单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="144"/>
        <source>Entered in this event:</source>
        <translation>本项目已登记的参赛者：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="216"/>
        <source>Nothing matches “{0}”.</source>
        <translation>没有与“{0}”匹配的项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="217"/>
        <source>Everyone on the list is already entered.</source>
        <translation>列表中的都已登记参赛。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="222"/>
        <source>Type a name, the last digits of an ID number or a mobile first.</source>
        <translation>请先输入姓名、证件号码后几位或手机号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="235"/>
        <source>“{0}”: {1} people match. ↑↓ then Enter; Esc to type more.</source>
        <translation>“{0}”：有 {1} 人符合。按 ↑↓ 选择后回车；按 Esc 继续输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="253"/>
        <source>No organization is called “{0}”: choose one from the list or leave it empty.</source>
        <translation>没有名为“{0}”的建会单位，请从列表中选择，或者不填。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/entrants.py" line="277"/>
        <source>Entered: {0}. Type the next one.</source>
        <translation>已登记：{0}。请输入下一个。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="299"/>
        <source>Edit event</source>
        <translation>修改比赛项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="299"/>
        <source>New event</source>
        <translation>新增比赛项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="308"/>
        <source>&amp;Event:</source>
        <translation>项目名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="309"/>
        <source>&amp;Entrants:</source>
        <translation>参赛类型(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="310"/>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/competition_dialog.py" line="312"/>
        <source>&amp;Save (Enter)</source>
        <translation>保存(&amp;S)（回车）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="34"/>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="92"/>
        <source>Export report as PDF</source>
        <translation>导出报表为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="40"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="41"/>
        <source>&amp;Sign (needs the approver&apos;s password)</source>
        <translation>签名（需要负责人密码）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="46"/>
        <source>Only an approver can sign a report; you can export it unsigned and an approver signs it later.</source>
        <translation>只有负责人可以签发报表；您可以先导出未签名的报表，由负责人另行签发。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="49"/>
        <source>Your login password</source>
        <translation>您的登录密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="50"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="56"/>
        <source>The report gets its serial number when it is exported; every export is kept in the archive. Exporting the same period again replaces the earlier report.</source>
        <translation>报表在导出时编号，每次导出都记入存档。同一期间再次导出，将注明替代此前的报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="65"/>
        <source>Report:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="66"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="72"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="93"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="113"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="118"/>
        <source>The folder {0} does not exist.</source>
        <translation>文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="122"/>
        <source>Enter your password to sign the report.</source>
        <translation>请输入您的密码以签发报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="125"/>
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/export_dialog.py" line="126"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} 已经存在，要替换吗？</translation>
    </message>
</context>
<context>
    <name>FamilyTable</name>
    <message>
        <location filename="../../desktop/ui/hardship/fields.py" line="132"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/fields.py" line="132"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/fields.py" line="132"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/fields.py" line="132"/>
        <source>Annual income (yuan)</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/fields.py" line="133"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/fields.py" line="133"/>
        <source>Employer or school</source>
        <translation>工作单位或学校</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/fields.py" line="143"/>
        <source>&amp;Add family member (Ctrl+Shift+A)</source>
        <translation>添加家庭成员(&amp;A)（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/fields.py" line="144"/>
        <source>Remove selected &amp;row</source>
        <translation>删除所选行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/fields.py" line="228"/>
        <source>Family member row {0}: {1}</source>
        <translation>家庭成员第 {0} 行：{1}</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../desktop/ui/reports/figures_view.py" line="162"/>
        <source>Choose a report and a period, then press Generate preview (F5).</source>
        <translation>请选择报表和期间，然后点击“生成预览”（F5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/figures_view.py" line="196"/>
        <source>Annex: the records behind the totals</source>
        <translation>附表：合计所依据的记录</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="26"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="27"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="28"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="29"/>
        <source>A new language takes effect the next time the app starts.</source>
        <translation>更改语言后，下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="30"/>
        <source>&amp;Lock the window after inactivity:</source>
        <translation>无操作多久后锁定窗口(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="32"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="33"/>
        <source>Local &amp;minimum living standard (yuan per person per month):</source>
        <translation>当地低保标准（元/人·月）(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="34"/>
        <source>The hardship category of every file is worked out against this line; files cannot be opened or reviewed until it is set.</source>
        <translation>每份档案的困难类别都按此标准判定；设置之前不能建档或复核。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="38"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/general_tab.py" line="41"/>
        <source>Only an administrator can change these settings.</source>
        <translation>只有管理员可以更改这些设置。</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="92"/>
        <source>Grant signing</source>
        <translation>授权签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="95"/>
        <source>The certificate&apos;s key is kept encrypted, so it can only be handed on by someone who can already open it: you type your password, and the person you authorise types theirs.</source>
        <translation>证书私钥是加密保存的，只有已能打开它的人才能转交：请您输入自己的密码，并由被授权人本人输入其密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="103"/>
        <source>&amp;Person to authorise:</source>
        <translation>被授权人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="104"/>
        <source>&amp;Your password:</source>
        <translation>您的密码(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="105"/>
        <source>&amp;Their password (typed by them):</source>
        <translation>被授权人密码（由本人输入）(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="108"/>
        <source>Every responsible person and administrator in use already holds a grant. Add the person under Users first.</source>
        <translation>所有在用的负责人和管理员都已获得授权。如需授权新的人，请先在“操作员”中添加。</translation>
    </message>
</context>
<context>
    <name>GroupDetailDialog</name>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="304"/>
        <source>Group distribution: {0}</source>
        <translation>集体慰问：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="307"/>
        <source> (approved by the person who entered it)</source>
        <translation>（本人录入、本人审批）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="310"/>
        <source>Campaign:</source>
        <translation>帮扶活动：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="310"/>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="311"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="312"/>
        <source>Organizations reached:</source>
        <translation>走访单位数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="313"/>
        <source>Listed:</source>
        <translation>列出的单位：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="313"/>
        <source>(none listed)</source>
        <translation>（未列出）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="314"/>
        <source>People reached:</source>
        <translation>慰问人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="315"/>
        <source>Named recipients:</source>
        <translation>慰问对象名单：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="315"/>
        <source>(none named)</source>
        <translation>（未列名单）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="316"/>
        <source>Cash:</source>
        <translation>现金：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="317"/>
        <source>Items:</source>
        <translation>物品：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="318"/>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="318"/>
        <source>Fund source:</source>
        <translation>经费来源：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="319"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="319"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="320"/>
        <source>Entered by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="320"/>
        <source>Decided by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="321"/>
        <source>Comment:</source>
        <translation>审核意见：</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="65"/>
        <source>New group distribution</source>
        <translation>新增集体慰问</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="75"/>
        <source>e.g. Spring Festival visits to front-line workers</source>
        <translation>如：春节走访慰问一线职工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="79"/>
        <source>Filter the organizations; Space ticks, Enter ticks the only match</source>
        <translation>筛选单位；按空格勾选，按回车勾选唯一的匹配项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="89"/>
        <source>Other organizations reached, one per line</source>
        <translation>其他走访单位，每行一个</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="97"/>
        <source>Name, ID number or mobile, then Enter</source>
        <translation>输入姓名、证件号码或手机号后按回车</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="98"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="101"/>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="107"/>
        <source>(the campaign&apos;s)</source>
        <translation>（同活动设置）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="115"/>
        <source>&amp;Campaign:</source>
        <translation>帮扶活动(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="116"/>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="117"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="118"/>
        <source>Organizations &amp;reached:</source>
        <translation>走访单位(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="120"/>
        <source>&amp;Others:</source>
        <translation>其他单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="121"/>
        <source>Organization c&amp;ount:</source>
        <translation>走访单位数(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="122"/>
        <source>&amp;People reached:</source>
        <translation>慰问人数(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="123"/>
        <source>Named recipients:</source>
        <translation>慰问对象名单：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="126"/>
        <source>Cas&amp;h (yuan):</source>
        <translation>现金（元）(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="127"/>
        <source>&amp;Items:</source>
        <translation>物品(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="128"/>
        <source>Items &amp;value (yuan):</source>
        <translation>物品折价（元）(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="129"/>
        <source>&amp;Fund source:</source>
        <translation>经费来源(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="130"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="133"/>
        <source>&amp;Save and submit (Enter)</source>
        <translation>保存并提交(&amp;S)（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="190"/>
        <source>{0} listed; type a larger number if more</source>
        <translation>已列出 {0} 家；如实际更多，请填写实际数目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="207"/>
        <source>No one in the ledger matches “{0}”.</source>
        <translation>台账中没有与“{0}”匹配的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="238"/>
        <source>Set up a campaign first (the Campaigns tab).</source>
        <translation>请先在“活动”页中建立帮扶活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="241"/>
        <source>Date not understood: write it as 2026-01-20.</source>
        <translation>日期无法识别，请按 2026-01-20 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="246"/>
        <source>How many people were reached?</source>
        <translation>请填写慰问人数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="270"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="293"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/group_dialog.py" line="294"/>
        <source>The group distribution has not been saved. Discard what was typed?</source>
        <translation>集体慰问还没有保存。放弃已填写的内容吗？</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="47"/>
        <source>All but voided</source>
        <translation>全部（不含作废）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="51"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="52"/>
        <source>Campaign</source>
        <translation>帮扶活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="53"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="54"/>
        <source>Organizations</source>
        <translation>单位数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="55"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="56"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="57"/>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="58"/>
        <source>Items value</source>
        <translation>物品折价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="59"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="60"/>
        <source>Fund source</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="61"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="62"/>
        <source>Entered by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="63"/>
        <source>Decided by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="74"/>
        <source>&amp;New group distribution…</source>
        <translation>新增集体慰问(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="75"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="76"/>
        <source>&amp;Approve selected</source>
        <translation>批准所选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="77"/>
        <source>&amp;Reject selected…</source>
        <translation>退回所选(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="78"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="79"/>
        <source>Re&amp;verse…</source>
        <translation>冲销(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="80"/>
        <source>An approved group distribution is never edited: enter its reversal, then the right figures anew.</source>
        <translation>已批准的集体慰问不能修改：请先冲销，再按正确数字重新录入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="85"/>
        <source>Campaign:</source>
        <translation>帮扶活动：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="87"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="113"/>
        <source>{0} (own entry)</source>
        <translation>{0}（本人录入）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="120"/>
        <source>All campaigns</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="138"/>
        <source>{0} shown; approved: {1} people, {2}</source>
        <translation>显示 {0} 条；已批准：{1} 人，{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="198"/>
        <source>Approve your own entry?</source>
        <translation>批准本人录入的记录？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="213"/>
        <source>Reject group distribution</source>
        <translation>退回集体慰问</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="214"/>
        <source>Rejecting {0} group distribution(s). Say what must be corrected (required).</source>
        <translation>退回 {0} 条集体慰问。请说明需要更正的内容（必填）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="215"/>
        <source>&amp;Reject</source>
        <translation>退回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="227"/>
        <source>Void group distribution</source>
        <translation>作废集体慰问</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="228"/>
        <source>Void “{0}” (it never counted). Why is it void?</source>
        <translation>作废“{0}”（该记录从未计入合计）。请填写作废原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="229"/>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="240"/>
        <source>Reverse group distribution</source>
        <translation>冲销集体慰问</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="241"/>
        <source>Enter the reversal of “{0}” ({1}); once approved it nets the original out of every total. Why?</source>
        <translation>为“{0}”（{1}）录入冲销记录；批准后原记录从各项合计中抵减。冲销原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/groups_tab.py" line="243"/>
        <source>Re&amp;verse</source>
        <translation>冲销(&amp;V)</translation>
    </message>
</context>
<context>
    <name>HardshipForm</name>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="70"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="70"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="81"/>
        <source>Single parent</source>
        <translation>单亲家庭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="82"/>
        <source>No one in the household employed</source>
        <translation>零就业家庭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="86"/>
        <source> person(s)</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="97"/>
        <source>Worker</source>
        <translation>职工本人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="99"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="100"/>
        <source>&amp;ID number:</source>
        <translation>证件号码(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="104"/>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="105"/>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="106"/>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="107"/>
        <source>&amp;Mobile:</source>
        <translation>手机号码(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="108"/>
        <source>Empl&amp;oyer:</source>
        <translation>工作单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="109"/>
        <source>or employer as written:</source>
        <translation>或直接填写单位名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="110"/>
        <source>&amp;Work status:</source>
        <translation>工作状态/身份(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="111"/>
        <source>&amp;Health:</source>
        <translation>健康状况(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="112"/>
        <source>Disability and grade:</source>
        <translation>残疾类别与等级：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="113"/>
        <source>Model worker:</source>
        <translation>劳模类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="115"/>
        <source>File</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="122"/>
        <source>Opened &amp;on:</source>
        <translation>建档日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="123"/>
        <source>File number:</source>
        <translation>档案编号：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="124"/>
        <source>Main &amp;reason:</source>
        <translation>主要致困原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="125"/>
        <source>Other reasons (up to 3):</source>
        <translation>其他致困原因（最多 3 项）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="126"/>
        <source>Housing:</source>
        <translation>住房类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="126"/>
        <source>Marital status:</source>
        <translation>婚姻状况：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="127"/>
        <source>Employer&apos;s situation:</source>
        <translation>企业状况：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="128"/>
        <source>Medical insurance:</source>
        <translation>医保情况：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="136"/>
        <source>Bank:</source>
        <translation>开户银行：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="137"/>
        <source>Bank account:</source>
        <translation>银行账号：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="138"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="140"/>
        <source>Household income</source>
        <translation>家庭收入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="142"/>
        <source>Own income per &amp;month (yuan):</source>
        <translation>本人月收入（元）(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="143"/>
        <source>Other household income per &amp;year (yuan):</source>
        <translation>家庭其他年收入（元）(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="145"/>
        <source>Unavoidable spending per year (yuan):</source>
        <translation>年刚性支出（元）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="146"/>
        <source>Household si&amp;ze:</source>
        <translation>家庭人口(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="147"/>
        <source>Household income per year:</source>
        <translation>家庭年总收入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="148"/>
        <source>Category:</source>
        <translation>困难类别：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="150"/>
        <source>Unavoidable spending: medical bills, school fees and the like.</source>
        <translation>刚性支出：医疗费、学费等必需的支出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="155"/>
        <source>Family members (not counting the worker)</source>
        <translation>家庭成员（不含职工本人）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="241"/>
        <source>Date not understood: write it as 2024-03-05.</source>
        <translation>日期无法识别，请按 2024-03-05 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="244"/>
        <source>No organization is called “{0}”: choose one from the list, or write the employer in the box below.</source>
        <translation>没有名为“{0}”的建会单位，请从列表中选择，或在下面的框中填写单位名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="315"/>
        <source>Correct the amounts to see the category.</source>
        <translation>请改正金额，之后才能判定困难类别。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="319"/>
        <source>{0} yuan</source>
        <translation>{0} 元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="370"/>
        <source>filled in from the ID number</source>
        <translation>由身份证号码自动填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="393"/>
        <source>15-digit number: it will be stored as {0}.</source>
        <translation>15 位身份证号码，将按国家标准升为 18 位保存：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="412"/>
        <source>{0} already has a hardship file ({1}, opened on {2}); open it from the list instead of opening a second one.</source>
        <translation>{0}已有困难职工档案（{1}，{2} 建档）；请从列表中打开该档案，不要重复建档。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form.py" line="415"/>
        <source>{0} is already in the ledger ({1}); name and mobile filled in.</source>
        <translation>{0}已在台账中（{1}），已自动填入姓名和手机号码。</translation>
    </message>
</context>
<context>
    <name>HardshipFormDialog</name>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="62"/>
        <source>Hardship file: {0}</source>
        <translation>困难职工档案：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="63"/>
        <source>Open hardship files</source>
        <translation>困难职工建档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="75"/>
        <source>&amp;Save and next (Enter)</source>
        <translation>保存并录入下一名(&amp;S)（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="75"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="79"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="102"/>
        <source>Status: {0} · category: {1} · next review: {2}</source>
        <translation>状态：{0} · 困难类别：{1} · 下次复核：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="105"/>
        <source> · last reviewed {0} by {1}</source>
        <translation> · 上次复核：{0}，复核人：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="107"/>
        <source>Voided: {0}</source>
        <translation>已作废：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="112"/>
        <source>This file is closed or voided and can no longer be changed.</source>
        <translation>该档案已销档或已作废，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="152"/>
        <source>Saved: {0}, {1} ({2} this session)</source>
        <translation>已保存：{0}，{1}（本次已录入 {2} 份）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="158"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="174"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/form_dialog.py" line="175"/>
        <source>The hardship file being entered has not been saved. Discard what was typed?</source>
        <translation>正在录入的困难职工档案还没有保存。放弃已填写的内容吗？</translation>
    </message>
</context>
<context>
    <name>HardshipTab</name>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="53"/>
        <source>Search: name, pinyin initials (zs), ID number or its last digits, mobile</source>
        <translation>搜索：姓名、拼音首字母（如 zs）、证件号码或其后几位、手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="56"/>
        <source>In hardship (on file or phasing out)</source>
        <translation>在档及渐退</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="57"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="61"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="66"/>
        <source>Files whose yearly review is overdue or due within {0} days</source>
        <translation>年度复核已逾期或将在 {0} 天内到期的档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="79"/>
        <source>&amp;New file… (Ctrl+N)</source>
        <translation>新建档案(&amp;N)…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="80"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="81"/>
        <source>&amp;Review…</source>
        <translation>复核(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="82"/>
        <source>Change &amp;status…</source>
        <translation>变更状态(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="83"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="92"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="92"/>
        <source>&amp;Category:</source>
        <translation>困难类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="139"/>
        <source>Review due ({0})</source>
        <translation>待复核（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="148"/>
        <source>{0} file(s)</source>
        <translation>共 {0} 份档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="235"/>
        <location filename="../../desktop/ui/hardship/tab.py" line="243"/>
        <source>Void hardship file</source>
        <translation>作废困难职工档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="236"/>
        <source>Void the file of {0}? A voided file stays in the audit trail but leaves every list and count.
Reason:</source>
        <translation>作废{0}的档案吗？作废后档案仍留在操作日志中，但不再出现在任何列表和统计中。
原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="241"/>
        <source>Please give the reason for voiding.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/tab.py" line="243"/>
        <source>Void the file of {0}?</source>
        <translation>确定作废{0}的档案吗？</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="98"/>
        <source>Active members</source>
        <translation>在会会员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="99"/>
        <source>Joined this year</source>
        <translation>今年新入会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="100"/>
        <source>Aid paid this year</source>
        <translation>今年帮扶发放</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="101"/>
        <source>Competitions this year</source>
        <translation>今年竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="109"/>
        <location filename="../../desktop/ui/pages/home.py" line="111"/>
        <source>New members by month</source>
        <translation>各月新入会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="113"/>
        <location filename="../../desktop/ui/pages/home.py" line="115"/>
        <source>Campaigns: money used against budget</source>
        <translation>帮扶活动预算使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="122"/>
        <source>Waiting to be done</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="126"/>
        <source>Nothing waiting</source>
        <translation>暂无待办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="133"/>
        <source>Our union</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="138"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="139"/>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="140"/>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="141"/>
        <source>Responsible person:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="145"/>
        <source>Data safety</source>
        <translation>数据安全</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="150"/>
        <source>Latest backup:</source>
        <translation>最近备份：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="151"/>
        <source>Active users:</source>
        <translation>在用操作员：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="152"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="164"/>
        <source>&lt;h2&gt;Welcome, {0}&lt;/h2&gt;&lt;p&gt;You are logged in as {1}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎，{0}&lt;/h2&gt;&lt;p&gt;您以{1}身份登录。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="178"/>
        <source>none yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="186"/>
        <source>on {0}</source>
        <translation>截至{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="187"/>
        <source>Joined in {0}</source>
        <translation>{0}年新入会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="190"/>
        <source>{0} this month</source>
        <translation>本月 {0} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="192"/>
        <source>Aid paid in {0}</source>
        <translation>{0}年帮扶发放</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="193"/>
        <source> · budget {0}</source>
        <translation> · 预算 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="195"/>
        <source>{0} person-times</source>
        <translation>{0} 人次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="197"/>
        <source>Competitions in {0}</source>
        <translation>{0}年竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="198"/>
        <source>{0} held</source>
        <translation>{0} 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="199"/>
        <source>{0} entrants · {1} honours</source>
        <translation>参赛 {0} · 荣誉 {1} 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="200"/>
        <source>New members by month, {0}</source>
        <translation>{0}年各月新入会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="202"/>
        <source>{0} campaigns: money used against budget</source>
        <translation>{0}年帮扶活动预算使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="212"/>
        <source>{0} aid records waiting for your approval</source>
        <translation>{0} 条帮扶记录待您审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="213"/>
        <source>{0} aid records waiting for approval</source>
        <translation>{0} 条帮扶记录待审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="216"/>
        <source>{0} group distributions waiting for approval</source>
        <translation>{0} 条集体慰问待审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="219"/>
        <source>{0} hardship files due for review</source>
        <translation>{0} 份困难职工档案待复核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="221"/>
        <source>{0} summary report not yet signed</source>
        <translation>{0} 工作汇总尚未签发</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="224"/>
        <source>… and {0} earlier periods not yet signed</source>
        <translation>…另有 {0} 个期间尚未签发</translation>
    </message>
</context>
<context>
    <name>HonourDialog</name>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="61"/>
        <source>Edit honour</source>
        <translation>修改荣誉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="61"/>
        <source>New honour</source>
        <translation>新增荣誉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="70"/>
        <source>Choose or type, e.g. 技术能手</source>
        <translation>可选择或直接输入，如：技术能手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="76"/>
        <source>e.g. 星河镇总工会</source>
        <translation>如：星河镇总工会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="79"/>
        <source>e.g. 星工发〔2026〕8号</source>
        <translation>如：星工发〔2026〕8号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="85"/>
        <source>Person (&amp;1)</source>
        <translation>个人(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="85"/>
        <source>Team or work group (&amp;2)</source>
        <translation>团体（班组）(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="85"/>
        <source>Organization (&amp;3)</source>
        <translation>单位(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="93"/>
        <source>Type part of the team&apos;s name</source>
        <translation>输入队伍名称的一部分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="96"/>
        <source>Type part of the organization&apos;s name</source>
        <translation>输入单位名称的一部分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="101"/>
        <source>(not from a competition)</source>
        <translation>（不关联竞赛）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="109"/>
        <source>Honour &amp;title:</source>
        <translation>荣誉名称(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="110"/>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="111"/>
        <source>&amp;Date awarded:</source>
        <translation>授予日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="112"/>
        <source>&amp;Granted by:</source>
        <translation>授予单位(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="113"/>
        <source>Document &amp;No.:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="114"/>
        <source>Recipient is a:</source>
        <translation>获奖对象类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="115"/>
        <source>&amp;Recipient:</source>
        <translation>获奖对象(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="116"/>
        <source>&amp;Competition:</source>
        <translation>所属竞赛(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="117"/>
        <source>Res&amp;ult:</source>
        <translation>对应成绩(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="118"/>
        <source>Not&amp;e:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="120"/>
        <source>&amp;Save (Enter)</source>
        <translation>保存(&amp;S)（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="178"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="202"/>
        <source>Date not understood: write it as 2026-01-05.</source>
        <translation>日期无法识别，请按 2026-01-05 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="204"/>
        <source>Enter the date the honour was awarded.</source>
        <translation>请填写荣誉的授予日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="212"/>
        <source>Nothing in the list has this name: choose one of the suggestions.</source>
        <translation>列表中没有这个名称，请从提示的选项中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="215"/>
        <source>No competition has this name: choose one from the list or leave it empty.</source>
        <translation>没有这个名称的竞赛，请从列表中选择，或者不填。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="267"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="267"/>
        <source>The honour has not been saved. Discard the changes?</source>
        <translation>该荣誉尚未保存。放弃修改吗？</translation>
    </message>
</context>
<context>
    <name>HonourRollTab</name>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="56"/>
        <source>List by:</source>
        <translation>列出对象：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="57"/>
        <source>&amp;Person</source>
        <translation>个人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="57"/>
        <source>&amp;Team or work group</source>
        <translation>团体（班组）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="57"/>
        <source>&amp;Organization</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="63"/>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="65"/>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="70"/>
        <source>Search by name (persons also by pinyin initials, ID or mobile)</source>
        <translation>按名称搜索（个人还可按拼音首字母、证件号码或手机号）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="71"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="71"/>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="72"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="78"/>
        <source>Recipient</source>
        <translation>获奖对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="78"/>
        <source>Honour or result</source>
        <translation>荣誉或成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="78"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="79"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="79"/>
        <source>Granted by · document / competition · event</source>
        <translation>授予单位 · 文号 / 竞赛 · 比赛项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="84"/>
        <source>Results shown: those with an award or a rank of 3 or better. Honours (★) are brown, results black; compare them to find an honour that was not recorded.</source>
        <translation>只列出获得奖项或名列前三的成绩。荣誉（★）为棕色，成绩为黑色；对照两者可以发现漏登的荣誉。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="123"/>
        <source>{0} recipient(s), {1} honour(s), {2} winning result(s)</source>
        <translation>共 {0} 个获奖对象，{1} 项荣誉，{2} 项获奖成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="127"/>
        <source>{0} honour(s), {1} winning result(s)</source>
        <translation>{0} 项荣誉，{1} 项获奖成绩</translation>
    </message>
</context>
<context>
    <name>HonoursTab</name>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="63"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="63"/>
        <source>Team or work group</source>
        <translation>团体（班组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="64"/>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="66"/>
        <source>Honour</source>
        <translation>荣誉名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="66"/>
        <source>{0} (voided)</source>
        <translation>{0}（已作废）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="67"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="68"/>
        <source>Recipient</source>
        <translation>获奖对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="69"/>
        <source>Kind</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="70"/>
        <source>Granted by</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="71"/>
        <source>Document No.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="72"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="73"/>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="74"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="85"/>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="87"/>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="91"/>
        <source>All recipients</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="92"/>
        <source>Show voi&amp;ded</source>
        <translation>显示已作废(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="94"/>
        <source>&amp;New honour…</source>
        <translation>新增荣誉(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="95"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="96"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="98"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="98"/>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="99"/>
        <source>Reci&amp;pient:</source>
        <translation>获奖对象(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="137"/>
        <source>{0} honour(s)</source>
        <translation>共 {0} 项荣誉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="190"/>
        <source>Void honour</source>
        <translation>作废荣誉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="191"/>
        <source>Void “{0}” of {1} only if it was recorded by mistake; it stays in the ledger but leaves the lists and the honour roll. Why is it void?</source>
        <translation>只有录入错误时才作废{1}的“{0}”；作废后记录仍保留在台账中，但不再出现在列表和光荣榜中。请填写作废原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="193"/>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="127"/>
        <source>Import certificate (.p12)</source>
        <translation>导入证书（.p12）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="130"/>
        <source>Use the certificate file (.p12 or .pfx) the county union issued to this unit. The current certificate is retired but kept, so reports already signed can still be checked.</source>
        <translation>请使用县总工会为本单位颁发的证书文件（.p12 或 .pfx）。现有证书将停用但保留，已签章的报表仍可核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="133"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="140"/>
        <source>Certificate &amp;file:</source>
        <translation>证书文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="141"/>
        <source>Certificate pass&amp;word:</source>
        <translation>证书密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="142"/>
        <source>&amp;Your login password:</source>
        <translation>您的登录密码(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="146"/>
        <source>Choose certificate file</source>
        <translation>选择证书文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="147"/>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>证书文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="155"/>
        <source>Choose the certificate file first.</source>
        <translation>请先选择证书文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="159"/>
        <source>Cannot read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="47"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="48"/>
        <source>An Excel (.xlsx, .xls) or CSV file with a header row and one record per row. You can also drag the file onto this window.</source>
        <translation>Excel（.xlsx、.xls）或 CSV 文件，第一行为表头，每行一条记录。也可以把文件拖到本窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="53"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="55"/>
        <source>Choose or drop the file to import</source>
        <translation>选择或拖入要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="58"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="63"/>
        <source>&amp;Update recorded results</source>
        <translation>更新已有成绩(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="64"/>
        <source>&amp;Update existing persons</source>
        <translation>更新已有人员信息(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="65"/>
        <source>Members already in the ledger (same ID number, same employer) get the file&apos;s details. Unticked, such rows are marked as errors.</source>
        <translation>台账中已有的会员（证件号码和工作单位相同）将按文件内容更新；不勾选时，这些行标为错误。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="67"/>
        <source>Workers who already have a current hardship file get that file corrected with the row (its family members are kept). Unticked, such rows are marked as errors.</source>
        <translation>已有在档（含渐退、脱困）困难职工档案的职工，将按该行内容更正原档案（家庭成员保留不变）；不勾选时，这些行标为错误。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="69"/>
        <source>Entrants whose recorded score, rank or award differs from the row get the row&apos;s result (blank cells keep what is recorded). Unticked, such rows are marked as errors; results not yet recorded are filled in either way.</source>
        <translation>已登记的成绩、名次或奖项与该行不同的参赛者，将按该行更新（空白的格子保留原有内容）；不勾选时，这些行标为错误。尚未登记的成绩无论是否勾选都会填入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="81"/>
        <source>No file yet?</source>
        <translation>还没有文件？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="83"/>
        <source>Save the blank template, fill it in (one record per row, keep the header) and choose it above. The ID column is already formatted as text.</source>
        <translation>先保存空白模板，按每行一条记录填写（保留表头），再在上方选择该文件。模板中的证件号码列已设为文本格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="86"/>
        <source>Save blank &amp;template…</source>
        <translation>保存空白模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="120"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="121"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="136"/>
        <source>Member import template.xlsx</source>
        <translation>会员导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="137"/>
        <source>Organization import template.xlsx</source>
        <translation>建会单位导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="138"/>
        <source>Aid records import template.xlsx</source>
        <translation>发放记录导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="139"/>
        <source>Hardship files import template.xlsx</source>
        <translation>困难职工档案导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="140"/>
        <source>Competition results import template.xlsx</source>
        <translation>竞赛成绩导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="146"/>
        <source>Save blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="147"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/file_page.py" line="157"/>
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
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="55"/>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="56"/>
        <source>Nothing is written yet. Rows in red will not be imported: the Reason column says why, and pointing at a red cell shows the problem with it.</source>
        <translation>尚未写入任何数据。红色的行不会导入：“原因”列说明原因，鼠标指向红色单元格可看到它的问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="70"/>
        <source>&amp;Only rows with errors</source>
        <translation>只看有错误的行(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="71"/>
        <source>&amp;Save rows with errors…</source>
        <translation>保存有错误的行(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="80"/>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="87"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="81"/>
        <source>Why it was skipped</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="88"/>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="116"/>
        <source>Rows ({0})</source>
        <translation>数据行（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="117"/>
        <source>Skipped rows ({0})</source>
        <translation>跳过的行（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="118"/>
        <source>Notices ({0})</source>
        <translation>提示（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="130"/>
        <source>No row can be imported. Correct the file as the Reason column says and choose it again.</source>
        <translation>没有可导入的行。请按“原因”列改正文件后重新选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="135"/>
        <source>{0} rows: {1} can be imported, {2} with errors, {3} skipped (totals, blank rows and the like).</source>
        <translation>共 {0} 行：可导入 {1} 行，有错误 {2} 行，跳过 {3} 行（合计行、空行等）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="140"/>
        <source>{0} of them update persons already in the ledger.</source>
        <translation>其中 {0} 行将更新台账中已有的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="145"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="147"/>
        <source>&amp;Import the {0} valid rows</source>
        <translation>导入 {0} 条正确的行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="148"/>
        <source>&amp;Import all {0} rows</source>
        <translation>导入全部 {0} 行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="152"/>
        <source>File {0}, sheet “{1}”, header in row {2}.</source>
        <translation>文件 {0}，工作表“{1}”，表头在第 {2} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="154"/>
        <source>column {0} “{1}”</source>
        <translation>第 {0} 列“{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="157"/>
        <source>Not imported: {0}.</source>
        <translation>不导入：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="157"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/preview_page.py" line="159"/>
        <source>Note: {0}</source>
        <translation>提示：{0}</translation>
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
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="82"/>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="82"/>
        <source>Import organizations</source>
        <translation>导入建会单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="83"/>
        <source>Import aid records</source>
        <translation>导入发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="83"/>
        <source>Import hardship files</source>
        <translation>导入困难职工档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="84"/>
        <source>Import competition results</source>
        <translation>导入竞赛成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="123"/>
        <source>Reading and checking the file…</source>
        <translation>正在读取并检查文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="161"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="170"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="178"/>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="180"/>
        <source>Import anyway?</source>
        <translation>仍要导入吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="186"/>
        <source>Leave out the rows with errors?</source>
        <translation>跳过有错误的行？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="187"/>
        <source>{0} rows have errors and will not be imported. Import the other {1} rows now?

You can save the rows with errors to a file, correct them there and import that file later.</source>
        <translation>有 {0} 行存在错误，不会导入。现在导入其余 {1} 行吗？

可以把有错误的行保存到文件，改正后再导入该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="190"/>
        <source>Import {0} rows</source>
        <translation>导入 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="191"/>
        <source>Save rows with errors…</source>
        <translation>保存有错误的行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="203"/>
        <source>{0} - rows not imported.xlsx</source>
        <translation>{0} - 未导入的行.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="204"/>
        <source>Save rows with errors</source>
        <translation>保存有错误的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="205"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="210"/>
        <source>Saving the rows with errors…</source>
        <translation>正在保存有错误的行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard/wizard.py" line="212"/>
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
    <name>MarkPaidDialog</name>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="120"/>
        <source>Mark as paid</source>
        <translation>登记发放</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="121"/>
        <source>Record that the approved money reached the recipient.</source>
        <translation>登记已批准的款物已送到发放对象手中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="121"/>
        <source>&amp;Mark paid</source>
        <translation>登记发放(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="133"/>
        <source>Signed by the recipient, signed by a proxy, or the bank slip number</source>
        <translation>本人签收、他人代签，或银行回单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="134"/>
        <source>Paid &amp;on:</source>
        <translation>发放日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="135"/>
        <source>&amp;Method:</source>
        <translation>发放方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="136"/>
        <source>&amp;Receipt / sign-off:</source>
        <translation>签收/凭证(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="142"/>
        <source>Date not understood: write it as 2024-03-05.</source>
        <translation>日期无法识别，请按 2024-03-05 的格式填写。</translation>
    </message>
</context>
<context>
    <name>MemberDetailDialog</name>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="49"/>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="50"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="50"/>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="50"/>
        <source>ID type:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="51"/>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="51"/>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="52"/>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="52"/>
        <source>Mobile:</source>
        <translation>手机号码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="53"/>
        <source>Political status:</source>
        <translation>政治面貌：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="53"/>
        <source>Education:</source>
        <translation>学历：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="54"/>
        <source>Skill level:</source>
        <translation>技能等级：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="54"/>
        <source>Household type:</source>
        <translation>户籍类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="55"/>
        <source>Household registered in:</source>
        <translation>户籍所在地：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="57"/>
        <source>Membership</source>
        <translation>会籍信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="58"/>
        <source>Employer:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="58"/>
        <source>Joined on:</source>
        <translation>入会时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="59"/>
        <source>Card number:</source>
        <translation>会员卡号：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="59"/>
        <source>Status:</source>
        <translation>会籍状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="60"/>
        <source>Migrant worker:</source>
        <translation>是否农民工：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="61"/>
        <source>New form of employment:</source>
        <translation>新就业形态群体：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="62"/>
        <source>Employment status:</source>
        <translation>就业状况：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="65"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="66"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="67"/>
        <source>From</source>
        <translation>转出单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="68"/>
        <source>To</source>
        <translation>转入单位/去向</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="69"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="70"/>
        <source>Recorded by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="80"/>
        <source>Membership history</source>
        <translation>会籍变动记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="81"/>
        <source>Competitions and honours</source>
        <translation>竞赛和荣誉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="83"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="84"/>
        <source>&amp;Transfer…</source>
        <translation>转移(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="85"/>
        <source>&amp;Withdraw…</source>
        <translation>退会(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="86"/>
        <source>Record &amp;death…</source>
        <translation>登记去世(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="87"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="88"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="129"/>
        <source>Member: {0}</source>
        <translation>会员：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="132"/>
        <source>{0} since {1}</source>
        <translation>{0}（{1} 起）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="149"/>
        <source>Competitions and honours ({0})</source>
        <translation>竞赛和荣誉（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="156"/>
        <source>Only active members can be transferred or withdrawn.</source>
        <translation>只有在会会员可以办理转移、退会或登记去世。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="173"/>
        <source>Void member record</source>
        <translation>作废会员记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="174"/>
        <source>Void the record of {0} only if it was entered by mistake. It stays in the ledger with its history but no longer counts. Why is it void?</source>
        <translation>只有录入错误时才作废{0}的记录。作废后记录和变动历史仍保留在台账中，但不再计入统计。请填写作废原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/members/detail_dialog.py" line="176"/>
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
    <name>MonthBarChart</name>
    <message>
        <location filename="../../desktop/ui/charts.py" line="59"/>
        <source>Month {0}: {1}</source>
        <translation>{0}月：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="100"/>
        <source>None yet this year</source>
        <translation>今年暂无</translation>
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
    <name>PdfView</name>
    <message>
        <location filename="../../desktop/ui/reports/pdf_view.py" line="71"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/pdf_view.py" line="80"/>
        <source>No preview yet.</source>
        <translation>尚无预览。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/pdf_view.py" line="85"/>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/pdf_view.py" line="101"/>
        <location filename="../../desktop/ui/reports/pdf_view.py" line="120"/>
        <source>No pages</source>
        <translation>无页面</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/pdf_view.py" line="120"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <location filename="../../desktop/ui/reports/period_chooser.py" line="31"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_chooser.py" line="31"/>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_chooser.py" line="31"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_chooser.py" line="32"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_chooser.py" line="32"/>
        <source>Custom range</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_chooser.py" line="45"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_chooser.py" line="61"/>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_chooser.py" line="62"/>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_chooser.py" line="65"/>
        <source>Q{0}</source>
        <translation>第{0}季度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/period_chooser.py" line="68"/>
        <source>Month {0}</source>
        <translation>{0}月</translation>
    </message>
</context>
<context>
    <name>PersonChooser</name>
    <message>
        <location filename="../../desktop/ui/aid/batch_chooser.py" line="28"/>
        <source>“{0}”: {1} people match. ↑↓ then Enter; Esc to type more.</source>
        <translation>“{0}”：有 {1} 人符合。按 ↑↓ 选择后回车；按 Esc 继续输入。</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../../desktop/ui/aid/person_finder.py" line="55"/>
        <source>Type a name, pinyin initials, ID number (or its last digits) or mobile; ↑↓ to choose, Enter to pick</source>
        <translation>输入姓名、拼音首字母、证件号码（或其后几位）或手机号；↑↓ 选择，回车选定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/person_finder.py" line="64"/>
        <source>C&amp;hange</source>
        <translation>更换(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/person_finder.py" line="67"/>
        <source>New &amp;person…</source>
        <translation>登记新人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/person_finder.py" line="83"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/person_finder.py" line="84"/>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/person_finder.py" line="85"/>
        <source>Mobile:</source>
        <translation>手机号码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/person_finder.py" line="184"/>
        <source>Nobody in the ledger matches “{0}”: fill in the new person below.</source>
        <translation>台账中没有与“{0}”匹配的人员：请在下方填写新人员的信息。</translation>
    </message>
</context>
<context>
    <name>PersonRecordView</name>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="170"/>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="181"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="171"/>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="172"/>
        <source>Event</source>
        <translation>比赛项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="173"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="174"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="175"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="176"/>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="179"/>
        <source>Honour</source>
        <translation>荣誉名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="180"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="182"/>
        <source>Granted by</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="183"/>
        <source>Document No.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="184"/>
        <source>Awarded to</source>
        <translation>获奖对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="185"/>
        <source>In person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="204"/>
        <source>Competitions ({0})</source>
        <translation>参赛记录（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="205"/>
        <source>Honours ({0})</source>
        <translation>荣誉（{0}）</translation>
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
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="57"/>
        <source>Record</source>
        <translation>记录信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="62"/>
        <source>Recipient:</source>
        <translation>发放对象：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="62"/>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="63"/>
        <source>Campaign:</source>
        <translation>帮扶活动：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="63"/>
        <source>Category:</source>
        <translation>帮扶类别：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="64"/>
        <source>Date:</source>
        <translation>发放日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="64"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="65"/>
        <source>Cash:</source>
        <translation>现金：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="65"/>
        <source>Items:</source>
        <translation>物品：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="66"/>
        <source>Items value:</source>
        <translation>物品折价：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="66"/>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="67"/>
        <source>Fund source:</source>
        <translation>经费来源：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="67"/>
        <source>Method:</source>
        <translation>发放方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="68"/>
        <source>Attachments:</source>
        <translation>附件说明：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="68"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="77"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="85"/>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="86"/>
        <source>Re&amp;call</source>
        <translation>撤回(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="87"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="88"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="89"/>
        <source>Mark &amp;paid…</source>
        <translation>登记发放(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="90"/>
        <source>&amp;Reverse…</source>
        <translation>冲销(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="91"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="126"/>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="131"/>
        <source>Disbursement #{0}: {1}</source>
        <translation>发放记录 #{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="147"/>
        <source>Entered by {0}</source>
        <translation>录入人：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="149"/>
        <source>Submitted for approval at {0}</source>
        <translation>提交审批时间：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="151"/>
        <source>Second payment in the campaign allowed by {0}: {1}</source>
        <translation>本活动内再次发放，特批人：{0}，原因：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="154"/>
        <source>Returned by {0}</source>
        <translation>退回人：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="154"/>
        <source>Approved by {0}</source>
        <translation>批准人：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="157"/>
        <source> at {0}</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="159"/>
        <source>, comment: {0}</source>
        <translation>，意见：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="162"/>
        <source>Entered and approved by the same person (confirmed).</source>
        <translation>录入人和审批人为同一人（已确认）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="164"/>
        <source>Paid on {0}, method: {1}, receipt / sign-off: {2}; recorded by {3}</source>
        <translation>已于 {0} 发放，发放方式：{1}，签收/凭证：{2}；登记人：{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="168"/>
        <source>This is a reversal of &lt;a href=&quot;{0}&quot;&gt;record #{0}&lt;/a&gt;.</source>
        <translation>这是对&lt;a href=&quot;{0}&quot;&gt;记录 #{0}&lt;/a&gt;的冲销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="170"/>
        <source>Reversed by &lt;a href=&quot;{0}&quot;&gt;record #{0}&lt;/a&gt;.</source>
        <translation>已被&lt;a href=&quot;{0}&quot;&gt;记录 #{0}&lt;/a&gt;冲销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="172"/>
        <source>Void: {0}</source>
        <translation>作废：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="197"/>
        <source>A reversal cannot be edited; void it while it waits for approval if it was a mistake.</source>
        <translation>冲销记录不能修改；如有错误，请在其待审批时作废。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/record_dialog.py" line="201"/>
        <source>This record has been reversed; the reversal is linked in the history.</source>
        <translation>该记录已被冲销，冲销记录见处理记录中的链接。</translation>
    </message>
</context>
<context>
    <name>RegisterExcelButton</name>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="25"/>
        <source>E&amp;xcel</source>
        <translation>Excel(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="30"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>从 Excel 或 CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="31"/>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="32"/>
        <source>Save blank &amp;template…</source>
        <translation>保存空白模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="36"/>
        <source>Members.xlsx</source>
        <translation>会员花名册.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="36"/>
        <source>Organizations.xlsx</source>
        <translation>建会单位名册.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="37"/>
        <source>Aid records.xlsx</source>
        <translation>发放记录.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="37"/>
        <source>Hardship files.xlsx</source>
        <translation>困难职工档案.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="38"/>
        <source>Member import template.xlsx</source>
        <translation>会员导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="39"/>
        <source>Organization import template.xlsx</source>
        <translation>建会单位导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="40"/>
        <source>Aid records import template.xlsx</source>
        <translation>发放记录导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="41"/>
        <source>Hardship files import template.xlsx</source>
        <translation>困难职工档案导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="42"/>
        <source>Competition results.xlsx</source>
        <translation>竞赛成绩.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="43"/>
        <source>Competition results import template.xlsx</source>
        <translation>竞赛成绩导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="54"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="55"/>
        <location filename="../../desktop/ui/register_excel.py" line="81"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="71"/>
        <source>Exported {0} rows to {1}</source>
        <translation>已导出 {0} 行到 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="73"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="80"/>
        <source>Save blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/register_excel.py" line="90"/>
        <source>Template saved to {0}</source>
        <translation>模板已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="168"/>
        <source>Generate new certificate</source>
        <translation>重新生成证书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="172"/>
        <source>A new key and certificate replace the current ones. Reports already signed stay verifiable with the old certificate, which is kept: if the county union does not have it yet, export it before continuing. Everyone else&apos;s signing grant must be given again, and the new certificate must be sent to the county union.</source>
        <translation>将生成新的密钥和证书替换现有的。已签章的报表仍可用保留的旧证书核验：如县总工会还没有旧证书，请先导出再继续。其他人的签名授权需要重新办理，新证书也需要交给县总工会。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="177"/>
        <source>A new key and self-signed certificate are made for this unit. Export it afterwards and send it to the county union, then grant signing to the responsible person.</source>
        <translation>将为本单位生成新的密钥和自签名证书。生成后请导出证书交给县总工会，再为负责人办理签名授权。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="184"/>
        <source>&amp;Your login password:</source>
        <translation>您的登录密码(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_dialogs.py" line="186"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="51"/>
        <source>Work summary</source>
        <translation>工作汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="51"/>
        <source>Membership</source>
        <translation>会员发展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="52"/>
        <source>Aid funds</source>
        <translation>帮扶资金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="52"/>
        <source>Competitions</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="57"/>
        <source>&amp;Generate preview (F5)</source>
        <translation>生成预览(&amp;G)（F5）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="59"/>
        <source>&amp;Export PDF…</source>
        <translation>导出PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="60"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="68"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="69"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="70"/>
        <source>Archive</source>
        <translation>存档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="73"/>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="75"/>
        <source>P&amp;eriod:</source>
        <translation>期间(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="128"/>
        <source>Choose a report and a period, then press Generate preview (F5).</source>
        <translation>请选择报表和期间，然后点击“生成预览”（F5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="130"/>
        <source>The figures below are for {0}; press Generate preview (F5) for the report you have chosen.</source>
        <translation>下方数据是{0}的；请点击“生成预览”（F5）查看您新选择的报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="132"/>
        <source>Prints the preview (without a serial number); to print an exported report, select it on the Archive tab.</source>
        <translation>打印当前预览（没有编号）；要打印已导出的报表，请在“存档”中选择后打印。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="154"/>
        <source>Reading the ledger and drawing the pages…</source>
        <translation>正在读取台账并生成页面…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="173"/>
        <source>Generating {0}…</source>
        <translation>正在生成{0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="174"/>
        <source>Generating the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports/page.py" line="185"/>
        <source>{0}: %n page(s); not numbered until exported.</source>
        <translation>
            <numerusform>{0}：共 %n 页；导出时才编号。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="218"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="221"/>
        <source>Exporting the report…</source>
        <translation>正在导出报表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="230"/>
        <source>Exported {0} to {1}</source>
        <translation>已导出 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="231"/>
        <source>Report exported</source>
        <translation>报表已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="234"/>
        <source>Serial: {0}</source>
        <translation>编号：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="235"/>
        <source>Pages: {0}</source>
        <translation>页数：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="236"/>
        <source>Signed by {0}</source>
        <translation>签发人：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="237"/>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="239"/>
        <source>Replaces the earlier report {0}</source>
        <translation>替代此前的报表 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="240"/>
        <source>Saved to {0}</source>
        <translation>保存位置：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="255"/>
        <source>Cannot read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="265"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
</context>
<context>
    <name>ResultsGrid</name>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="61"/>
        <source>Results: {0}</source>
        <translation>录入成绩：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="66"/>
        <source>{0} — {1} ({2}); awards: {3}</source>
        <translation>{0} — {1}（{2}）；奖项：{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="68"/>
        <source>Result &amp;date:</source>
        <translation>成绩日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="71"/>
        <source>Type the entrants in finishing order: entrant, Enter, score, Enter, award (1 = the first award), Enter. Tie with the row above: tick 并列, press “=” on the row, or start the name with “=”. The rank is worked out (1, 1, 3 …); type a number in the rank column to override it, “-” for no rank. Ctrl+↑/↓ moves a row; Ctrl+S saves.</source>
        <translation>按名次先后逐行录入：参赛者、回车、成绩、回车、奖项（输入 1 即第一个奖项）、回车。与上一行并列：勾选“并列”、在该行按“=”，或在名称前加“=”。名次自动计算（1、1、3 …）；在名次列输入数字可指定名次，输入“-”表示无名次。Ctrl+↑/↓ 移动行；Ctrl+S 保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="79"/>
        <source>&amp;Remove selected rows</source>
        <translation>删除所选行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="80"/>
        <source>&amp;Enter more entrants…</source>
        <translation>登记更多参赛者(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="81"/>
        <source>&amp;Save results (Ctrl+S)</source>
        <translation>保存成绩(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="82"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="246"/>
        <source>Entrants not in the grid ({0}): {1}</source>
        <translation>尚未列入表格的参赛者（{0}）：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="247"/>
        <source>Every entrant of the event is in the grid.</source>
        <translation>本项目的参赛者都已列入表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="253"/>
        <source>Type the entrant.</source>
        <translation>请输入参赛者。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="256"/>
        <source>{0} entrants match: press Enter on the cell to choose.</source>
        <translation>有 {0} 个参赛者符合：在此单元格按回车从中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="257"/>
        <source>Not entered in this event: press Enter on the cell to enter them.</source>
        <translation>未登记参加本项目：在此单元格按回车为其登记参赛。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="259"/>
        <source>Same entrant as row {0}.</source>
        <translation>与第 {0} 行是同一参赛者。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="264"/>
        <source>“{0}” is not one of the awards ({1}).</source>
        <translation>“{0}”不是本竞赛设置的奖项（{1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="295"/>
        <source>“{0}”: {1} entrants match. ↑↓ then Enter; Esc to type more.</source>
        <translation>“{0}”：有 {1} 个参赛者符合。按 ↑↓ 选择后回车；按 Esc 继续输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="376"/>
        <source>Nothing was saved: rows {0} have problems (see the Problem column).</source>
        <translation>未保存任何成绩：第 {0} 行有问题（见“问题”列）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="384"/>
        <source>Enter the result date as 2026-05-03.</source>
        <translation>请按 2026-05-03 的格式填写成绩日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="391"/>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="394"/>
        <source>Nothing was saved:</source>
        <translation>未保存任何成绩：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="405"/>
        <source>Unsaved results</source>
        <translation>有未保存的成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_grid.py" line="406"/>
        <source>The results typed have not been saved. Close and discard them?</source>
        <translation>录入的成绩还没有保存。关闭并放弃这些成绩吗？</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../../desktop/ui/competitions/results_table.py" line="85"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_table.py" line="85"/>
        <source>Tie</source>
        <translation>并列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_table.py" line="85"/>
        <source>Entrant</source>
        <translation>参赛者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_table.py" line="85"/>
        <source>ID / team</source>
        <translation>证件号码/队员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_table.py" line="86"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_table.py" line="86"/>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/results_table.py" line="86"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="99"/>
        <source>Review hardship file</source>
        <translation>复核困难职工档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="113"/>
        <source>Reviewed &amp;on:</source>
        <translation>复核日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="114"/>
        <source>Own income per &amp;month (yuan):</source>
        <translation>本人月收入（元）(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="115"/>
        <source>Other household income per &amp;year (yuan):</source>
        <translation>家庭其他年收入（元）(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="116"/>
        <source>Unavoidable spending per year (yuan):</source>
        <translation>年刚性支出（元）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="117"/>
        <source>Household si&amp;ze:</source>
        <translation>家庭人口(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="118"/>
        <source>Finding:</source>
        <translation>复核情况：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="119"/>
        <source>Category:</source>
        <translation>困难类别：</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="29"/>
        <source>Unit</source>
        <translation>本单位信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="30"/>
        <source>Users</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="31"/>
        <source>Signing</source>
        <translation>签名证书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="32"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="33"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="34"/>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="35"/>
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
    <name>SigningTab</name>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="67"/>
        <source>Unit signing certificate</source>
        <translation>本单位签名证书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="76"/>
        <source>Unit (certificate subject):</source>
        <translation>单位（证书主体）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="77"/>
        <source>Unit code:</source>
        <translation>单位代码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="78"/>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="79"/>
        <source>Key ID (SHA-256 fingerprint):</source>
        <translation>密钥标识（SHA-256 指纹）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="80"/>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="81"/>
        <source>Origin:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="82"/>
        <source>Earlier certificates:</source>
        <translation>已停用的旧证书：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="85"/>
        <source>Who may sign with it</source>
        <translation>已获签名授权的人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="93"/>
        <source>&amp;Export certificate…</source>
        <translation>导出证书(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="94"/>
        <source>&amp;Grant signing…</source>
        <translation>授权签名(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="95"/>
        <source>Re&amp;voke grant</source>
        <translation>撤销授权(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="96"/>
        <source>&amp;Import certificate (.p12)…</source>
        <translation>导入证书（.p12）(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="97"/>
        <source>Generate &amp;new certificate…</source>
        <translation>重新生成证书(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="104"/>
        <source>Only an administrator or a responsible person can change who may sign; anyone may export the certificate.</source>
        <translation>只有管理员或负责人可以调整签名授权；任何人都可以导出证书。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="142"/>
        <source>This ledger has no signing certificate yet (it was created before signed reports existed). An administrator should press &quot;Generate new certificate…&quot; below.</source>
        <translation>本台账还没有签名证书（它创建于签章报表功能之前）。请管理员点击下方的“重新生成证书…”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="147"/>
        <source>Signed reports carry this certificate. Export it and give the file to the county union once, so they can check that reports really come from this unit and were not changed.</source>
        <translation>签章的报表都带有这张证书。请导出证书文件并交给县总工会一次，以便其核验报表确实出自本单位且未被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="151"/>
        <source>(not written in the certificate)</source>
        <translation>（证书中未写明本单位代码）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="153"/>
        <source>Self-signed</source>
        <translation>自签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="159"/>
        <source>{0} kept for checking older reports</source>
        <translation>{0} 张，保留用于核验旧报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="160"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="165"/>
        <source>{0} to {1}</source>
        <translation>{0} 至 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="169"/>
        <source> (expired: signed reports can no longer be trusted; renew or import a certificate)</source>
        <translation>（已过期：签章的报表不再可信，请重新生成或导入证书）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="171"/>
        <source> (expires in {0} days)</source>
        <translation>（{0} 天后到期）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="183"/>
        <source>The ledger has no signing certificate yet.</source>
        <translation>本台账还没有签名证书。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="187"/>
        <source>Only an administrator or a responsible person who holds a signing grant can grant signing.</source>
        <translation>只有管理员或已获签名授权的负责人可以办理签名授权。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="192"/>
        <source>You do not hold a signing grant yourself; ask an administrator or another holder.</source>
        <translation>您本人没有签名授权，请找管理员或其他已获授权的人办理。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="194"/>
        <source>Only an administrator can revoke a signing grant.</source>
        <translation>只有管理员可以撤销签名授权。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="197"/>
        <source>Select the person in the list above first.</source>
        <translation>请先在上方列表中选择要撤销授权的人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="199"/>
        <source>Only an administrator or a responsible person can import a certificate.</source>
        <translation>只有管理员或负责人可以导入证书。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="201"/>
        <source>Only an administrator can generate a new certificate.</source>
        <translation>只有管理员可以重新生成证书。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="212"/>
        <source>{0}_signing certificate.pem</source>
        <translation>{0}_签名证书.pem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="221"/>
        <source>Export signing certificate</source>
        <translation>导出签名证书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="222"/>
        <source>Certificate (*.pem)</source>
        <translation>证书文件 (*.pem)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="231"/>
        <source>Cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="233"/>
        <source>Certificate saved as {0}. Give this file to the county union so it can verify your reports.</source>
        <translation>证书已保存为 {0}。请把该文件交给县总工会，用于核验本单位的报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="241"/>
        <source>Signing granted to {0}; they sign with their own password.</source>
        <translation>已为 {0} 办理签名授权，其可用自己的密码签章。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="250"/>
        <source>Revoke grant</source>
        <translation>撤销授权</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="251"/>
        <source>Revoke the signing grant of {0}? They will no longer be able to sign reports.</source>
        <translation>确定撤销 {0} 的签名授权吗？撤销后其将不能再签章报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="259"/>
        <source>The signing grant of {0} was revoked.</source>
        <translation>已撤销 {0} 的签名授权。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="265"/>
        <source>Import certificate</source>
        <translation>导入证书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="272"/>
        <source>A new certificate was generated (key ID {0}…). The old one is retired and kept. Only you hold a signing grant now: grant signing to the responsible person again, and export the new certificate for the county union.</source>
        <translation>已重新生成签名证书（密钥标识 {0}…），原证书已停用并保留。目前只有您持有签名授权：请为负责人重新办理签名授权，并导出新证书交给县总工会。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/signing_tab.py" line="276"/>
        <source>Generate new certificate</source>
        <translation>重新生成证书</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="164"/>
        <source>Change the status of a hardship file</source>
        <translation>变更困难职工档案状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="170"/>
        <source>New &amp;status:</source>
        <translation>新状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="171"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="172"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="173"/>
        <source>Closing a file is final.</source>
        <translation>销档后不能恢复。</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="56"/>
        <source>Team members: {0}</source>
        <translation>队员名单：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="56"/>
        <source>New team</source>
        <translation>新增队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="60"/>
        <source>e.g. 星河机械厂代表队</source>
        <translation>如：星河机械厂代表队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="64"/>
        <source>Member: name, initials, ID number tail or mobile, then Enter</source>
        <translation>队员：输入姓名、拼音首字母、证件号码后几位或手机号后按回车</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="69"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="69"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="69"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="73"/>
        <source>&amp;Remove member</source>
        <translation>移除队员(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="77"/>
        <source>&amp;Team name:</source>
        <translation>队伍名称(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="78"/>
        <source>&amp;Organization:</source>
        <translation>代表单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="84"/>
        <source>&amp;Add member:</source>
        <translation>添加队员(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="89"/>
        <source>Enter with the member box empty saves the team.</source>
        <translation>队员输入框为空时按回车即保存队伍。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="94"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="126"/>
        <source>{0} is already in the team.</source>
        <translation>{0}已在队伍中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="158"/>
        <source>“{0}”: {1} people match. ↑↓ then Enter; Esc to type more.</source>
        <translation>“{0}”：有 {1} 人符合。按 ↑↓ 选择后回车；按 Esc 继续输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="166"/>
        <source>{0} is not in the ledger yet: enter them in an individual event or as a member first.</source>
        <translation>{0}还不在台账中：请先在个人项目中为其登记参赛，或将其登记为会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="189"/>
        <source>No organization is called “{0}”: choose one from the list or leave it empty.</source>
        <translation>没有名为“{0}”的建会单位，请从列表中选择，或者不填。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="219"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="219"/>
        <source>The team has not been saved. Discard the changes?</source>
        <translation>该队伍尚未保存。放弃修改吗？</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="236"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="236"/>
        <source>Organization</source>
        <translation>代表单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="236"/>
        <source>Members</source>
        <translation>队员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="242"/>
        <source>New tea&amp;m…</source>
        <translation>新增队伍(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="243"/>
        <source>Edit mem&amp;bers…</source>
        <translation>编辑队员(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/team_dialog.py" line="246"/>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="55"/>
        <source>By category</source>
        <translation>按帮扶类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="56"/>
        <source>By campaign</source>
        <translation>按活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="57"/>
        <source>By fund source</source>
        <translation>按经费来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="59"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="60"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="61"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="62"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="63"/>
        <source>Only approved and paid records count; reversals are netted out.</source>
        <translation>只统计已批准和已发放的记录，冲销的金额已扣除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="68"/>
        <source>Key</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="69"/>
        <source>Persons</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="70"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="71"/>
        <source>Items value</source>
        <translation>物品折价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="72"/>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="109"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="85"/>
        <source>Aid totals</source>
        <translation>帮扶合计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/totals_bar.py" line="111"/>
        <source>Total: {0} ({1} persons)</source>
        <translation>合计：{0}（{1} 人次）</translation>
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
        <location filename="../../desktop/ui/workspace.py" line="32"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="33"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="34"/>
        <source>Organizations</source>
        <translation>建会单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="35"/>
        <source>Aid</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="36"/>
        <source>Competitions</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="37"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="38"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>aid</name>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="88"/>
        <source>Return for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="89"/>
        <source>The {0} selected record(s) go back to the clerk who entered them. Say what is wrong and what to change; the comment is required.</source>
        <translation>所选的 {0} 条记录将退回给录入的经办人。请说明问题所在和需要修改的内容，意见必填。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="91"/>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="91"/>
        <source>&amp;Return</source>
        <translation>退回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="98"/>
        <source>Void record</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="99"/>
        <source>Void this record only if it was entered by mistake. It stays in the ledger with its history but never counts. Why is it void?</source>
        <translation>只有录入错误时才作废此记录。作废后记录和处理记录仍保留在台账中，但不计入任何统计。请填写作废原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="101"/>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="112"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="101"/>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="108"/>
        <source>Reverse record</source>
        <translation>冲销记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="109"/>
        <source>An approved or paid record is never changed. A reversal enters the same amounts negated, referencing this record; once approved it nets this record out of every total. Enter a corrected record afterwards if needed. Why is it reversed?</source>
        <translation>已批准或已发放的记录不能修改。冲销会录入一笔金额相反、关联本记录的记录；冲销经批准后，本记录从所有合计中扣除。如有需要，之后再录入一笔正确的记录。请填写冲销原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/action_dialogs.py" line="112"/>
        <source>&amp;Reverse</source>
        <translation>冲销(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="44"/>
        <source> · self-approved</source>
        <translation> · 本人审批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="46"/>
        <source> · repeat allowed</source>
        <translation> · 特批重复发放</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="60"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="61"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="62"/>
        <source>Campaign</source>
        <translation>帮扶活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="63"/>
        <source>Category</source>
        <translation>帮扶类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="64"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="65"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="66"/>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="67"/>
        <source>Items value</source>
        <translation>物品折价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="68"/>
        <source>Fund source</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="69"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="70"/>
        <source>Entered by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/disbursement_list.py" line="71"/>
        <source>Approved by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="32"/>
        <source>no admission letter noted</source>
        <translation>未注明录取通知书</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="34"/>
        <source>second payment in the campaign: {0}</source>
        <translation>同一活动再次发放：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/approval_tab.py" line="36"/>
        <source>reversal of record #{0}</source>
        <translation>冲销第 {0} 号记录</translation>
    </message>
</context>
<context>
    <name>batch_rows</name>
    <message>
        <location filename="../../desktop/ui/aid/batch_rows.py" line="77"/>
        <source>new (non-member)</source>
        <translation>新人员（非会员）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_rows.py" line="97"/>
        <source>ID number {0} belongs to “{1}” in the ledger, not “{2}”: check the name or the number.</source>
        <translation>证件号码 {0} 在台账中属于“{1}”，不是“{2}”：请核对姓名或号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_rows.py" line="102"/>
        <source>No one in the ledger has this ID number; to register a new person type the name before it, e.g. “张三 110105…”.</source>
        <translation>台账中没有这个证件号码；如要登记新人员，请在号码前输入姓名，如“张三 110105…”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_rows.py" line="113"/>
        <source>{0} people match: press Enter on this cell to choose one, or type more of the ID number.</source>
        <translation>有 {0} 人符合：在此单元格按回车从中选择，或继续输入证件号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_rows.py" line="116"/>
        <source>Not found: type the ID number (with the name for a new person).</source>
        <translation>未找到：请输入证件号码（新人员请同时输入姓名）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_rows.py" line="127"/>
        <source>Already aided in this campaign ({0}, {1}, {2}); a second payment needs an approver&apos;s override.</source>
        <translation>已在本活动中发放过（{0}，{1}，{2}）；再次发放须经负责人特批。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_rows.py" line="149"/>
        <source>Cash and items value cannot both be zero.</source>
        <translation>现金金额和物品折价不能都为零。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_rows.py" line="151"/>
        <source>An items value is given: say which items.</source>
        <translation>填写了物品折价，请注明发放的物品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aid/batch_rows.py" line="153"/>
        <source>Give the value of the items.</source>
        <translation>请填写物品的折价金额。</translation>
    </message>
</context>
<context>
    <name>hardship</name>
    <message>
        <location filename="../../desktop/ui/hardship/labels.py" line="13"/>
        <source>Deep hardship</source>
        <translation>深度困难</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/labels.py" line="14"/>
        <source>Relative hardship</source>
        <translation>相对困难</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/labels.py" line="15"/>
        <source>Hardship by accident</source>
        <translation>意外致困</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/labels.py" line="16"/>
        <source>Not eligible</source>
        <translation>不符合建档标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/labels.py" line="23"/>
        <source>On file</source>
        <translation>在档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/labels.py" line="24"/>
        <source>Phasing out</source>
        <translation>渐退</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/labels.py" line="25"/>
        <source>Out of hardship</source>
        <translation>脱困</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/labels.py" line="26"/>
        <source>Closed</source>
        <translation>销档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/table_model.py" line="24"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/table_model.py" line="25"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/table_model.py" line="26"/>
        <source>Category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/table_model.py" line="27"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/table_model.py" line="28"/>
        <source>Opened on</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/table_model.py" line="29"/>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/table_model.py" line="31"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/table_model.py" line="46"/>
        <source>The yearly review is overdue</source>
        <translation>年度复核已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/table_model.py" line="48"/>
        <source>The yearly review is due within {0} days</source>
        <translation>年度复核将在 {0} 天内到期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="46"/>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/hardship/review_dialog.py" line="72"/>
        <source>Date not understood: write it as 2024-03-05.</source>
        <translation>日期无法识别，请按 2024-03-05 的格式填写。</translation>
    </message>
</context>
<context>
    <name>honours</name>
    <message>
        <location filename="../../desktop/ui/competitions/honour_dialog.py" line="51"/>
        <source>Rank {0}</source>
        <translation>第 {0} 名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honour_roll.py" line="45"/>
        <source>with {0}</source>
        <translation>所在队伍：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="43"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="44"/>
        <source>Team or work group</source>
        <translation>团体（班组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/competitions/honours_tab.py" line="45"/>
        <source>Organization</source>
        <translation>单位</translation>
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
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/ui/reports/printing.py" line="80"/>
        <source>Print report</source>
        <translation>打印报表</translation>
    </message>
</context>
</TS>
