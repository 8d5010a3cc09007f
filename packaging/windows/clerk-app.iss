; Inno Setup 6.3 or newer (x64compatible, a UTF-8 script): the Windows installer of clerk-app
; (issue 10; docs/packaging.md).
;
; Built on a Windows machine after packaging\build.py has made build\dist\clerk-app:
;     (optional) a Tesseract folder in build\tesseract: tesseract.exe, its DLLs and tessdata\ with
;     kaz, rus and eng .traineddata (UB Mannheim's build); without it the program finds an installed
;     Tesseract, or says once that recognition is off and how to install it (docs/packaging.md)
;     iscc /DAppVersion=0.1.0 packaging\windows\clerk-app.iss
; The version is clerk_app/__init__.py's: `python -c "import clerk_app; print(clerk_app.__version__)"`.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=<clerk_app.__version__> clerk-app.iss
#endif
#define AppName "clerk-app"
#define AppExe "clerk-app.exe"
; the same program with a console, for commands and the self-test (the window's exe has none)
#define CliExe "clerk-cli.exe"
#define Bundle "..\..\build\dist\clerk-app"
#define Tesseract "..\..\build\tesseract"

[Setup]
AppId={{6E2B1C1A-7C4F-4C52-9B3E-0C1E2A9D4F11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=clerk-app developers
VerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per-machine: every clerk of the desk signs in to the same installed program
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build
OutputBaseFilename=clerk-app-setup-{#AppVersion}
SetupIconFile=..\icons\clerk-app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=yes

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ru.StartApp=Запустить clerk-app
en.StartApp=Start clerk-app
ru.SelfTestFailed=Проверка установленной программы не прошла (clerk-cli --self-test). Сообщите администратору.
en.SelfTestFailed=The installed program failed its check (clerk-cli --self-test). Tell the administrator.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Tesseract beside the program: scanners/tesseract_location.py finds {app}\tesseract\tesseract.exe
Source: "{#Tesseract}\*"; DestDir: "{app}\tesseract"; Flags: ignoreversion recursesubdirs createallsubdirs skipifsourcedoesntexist

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent

[Messages]
ru.FinishedLabel=Установка завершена.%n%nРаспознавание текста: Tesseract с казахским и русским языками.%nСканирование: нужен драйвер сканера WIA или TWAIN от производителя; без него используйте папку сканера.
en.FinishedLabel=Setup has finished.%n%nText recognition: Tesseract with Kazakh and Russian.%nScanning needs the scanner maker's WIA or TWAIN driver; without one, use the scanner folder.

[Code]
// The installed program checks itself (a temporary store, a card, a scan recognised, a journal
// printed); a failure is said, not hidden.
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    if not Exec(ExpandConstant('{app}\{#CliExe}'), '--self-test', '', SW_HIDE, ewWaitUntilTerminated, ResultCode)
       or (ResultCode <> 0) then
      MsgBox(CustomMessage('SelfTestFailed'), mbError, MB_OK);
  end;
end;
