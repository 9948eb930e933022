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
; Windows 10 1809 (build 17763, LTSC 2019) or later, 64-bit: the oldest Windows that Qt 6.8-6.11
; supports (Qt >= 6.10 also needs the system icuuc.dll, there since 1703). README, "Windows".
MinVersion=10.0.17763
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
    // no [Code] line may begin with '[': ISCC reads it as a section tag ("Invalid section tag")
    MsgBox(FmtMessage(CustomMessage('DataKept'), [
             ExpandConstant('{localappdata}\FaaliyetDesktop\FaaliyetDesktop')]),
           mbInformation, MB_OK);
end;
