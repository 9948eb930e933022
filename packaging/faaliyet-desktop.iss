; Inno Setup 6 script of the Windows installer (Turkish), built from dist\faaliyet-desktop\ by
; .github/workflows/windows-installer.yml:
;   ISCC.exe /DAppVersion=0.1.0 packaging\faaliyet-desktop.iss   ->  dist\FaaliyetDesktop-Kurulum-0.1.0.exe
; The user chooses "for all users" (Program Files, needs administrator rights) or "only for me"
; (no administrator rights, %LOCALAPPDATA%\Programs). The uninstaller removes the program folder
; only: the database and backups live in the user's data folder
; (%LOCALAPPDATA%\FaaliyetDesktop\FaaliyetDesktop) and are kept.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Faaliyet Desktop"
#define AppExe "faaliyet-desktop.exe"

[Setup]
AppId={{6B1E3C0A-5F2D-4B7E-9C61-2D8A4F0E7B35}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} Kurulumu
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per machine or per user: the first page asks (command line: /ALLUSERS or /CURRENTUSER)
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later
MinVersion=10.0
SourceDir=..
OutputDir=dist
OutputBaseFilename=FaaliyetDesktop-Kurulum-{#AppVersion}
SetupIconFile=resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes

[Languages]
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "dist\faaliyet-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
; only what the installer put into the program folder; never the user's data folder
Type: dirifempty; Name: "{app}"

[CustomMessages]
turkish.DataKept=Faaliyet Desktop kaldırıldı. Veritabanınız ve yedekleriniz silinmedi; şu klasörde duruyor:%n%1

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'),
                      [ExpandConstant('{localappdata}\FaaliyetDesktop\FaaliyetDesktop')]),
           mbInformation, MB_OK);
end;
