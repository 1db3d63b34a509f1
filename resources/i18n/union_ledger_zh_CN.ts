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
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="25"/>
        <source>Unit</source>
        <translation>本单位信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="26"/>
        <source>Users</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="27"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="28"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="29"/>
        <source>Audit trail</source>
        <translation>操作日志</translation>
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
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="21"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="22"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="23"/>
        <source>Member enrollment, transfers and the member register, with search by name, pinyin initials, ID number or phone.</source>
        <translation>会员入会登记、会籍转移和会员名册，可按姓名、拼音首字母、身份证号或手机号查找。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="25"/>
        <source>Organizations</source>
        <translation>建会单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="26"/>
        <source>Employers that have set up a union, with their credit codes and member counts.</source>
        <translation>已建立工会的单位，包括统一社会信用代码和会员人数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="27"/>
        <source>Aid</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="28"/>
        <source>Hardship files and aid disbursements, approved by the responsible person.</source>
        <translation>困难职工档案和帮扶发放记录，经负责人审核后生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="29"/>
        <source>Competitions</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="30"/>
        <source>Competitions, events, entrants and results.</source>
        <translation>竞赛、比赛项目、参赛者和成绩。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="31"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="32"/>
        <source>Signed PDF summaries for a month, quarter or year.</source>
        <translation>按月、季度或年度导出带数字签名的 PDF 汇总表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="33"/>
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
