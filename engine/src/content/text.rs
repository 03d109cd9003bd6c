//! One language's words, read from `content/i18n/<lang>.json`: a flat table from stable
//! keys to texts.
//!
//! Keys are built from the model's stable IDs: `ui.<key>` for the app's own strings
//! (named by [`Ui`]), `step.<n>.name`, `step.<n>.summary`, `dimension.<id>.name`,
//! `scale.<id>.<value>`, and `question.<id>.text`, `.help`, `.short` and, to word a scale
//! option for one question, `.option.<value>`. One flat table keeps the file easy to
//! translate and keeps the code that reads it small (it is parsed in the browser). The
//! content tests check that every key the model needs exists in every language, and that
//! no language has a key nobody uses. Templates carry `{placeholders}`.
//!
//! Does not decide which language is active or fetch files (the app does that).

use crate::lang::Lang;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// Defines [`Ui`], the app's own strings, with one stable key each (the key in the
/// language file's `ui` table).
macro_rules! ui_strings {
    ($($variant:ident => $key:literal,)*) => {
        /// One of the app's own strings, as its key in the language file. Every language
        /// file must have every one (a file without one is refused, naming its key);
        /// templates carry `{placeholders}`, which the content tests check are the same in
        /// every language. A string is its key, not a number looked up in a table: the wasm
        /// holds the keys of the strings it shows and no others.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Ui(&'static str);

        #[allow(non_upper_case_globals)]
        impl Ui {
            $(pub const $variant: Ui = Ui($key);)*

            pub const ALL: &'static [Ui] = &[$(Ui::$variant,)*];

            /// The string's key in the language file.
            pub const fn key(self) -> &'static str {
                self.0
            }
        }
    };
}

ui_strings! {
    AppTitle => "app_title",
    AppTagline => "app_tagline",
    LanguageLabel => "language_label",
    Loading => "loading",
    LanguageLoadFailed => "language_load_failed",
    Retry => "retry",
    StartHeading => "start_heading",
    StartIntro => "start_intro",
    StartTime => "start_time",
    StartPause => "start_pause",
    StartPrivacy => "start_privacy",
    StartButton => "start_button",
    ResumeButton => "resume_button",
    Progress => "progress",
    Next => "next",
    Back => "back",
    SeeResult => "see_result",
    AnswerRequired => "answer_required",
    AnswerNotRelevant => "answer_not_relevant",
    AnswerDontKnow => "answer_dont_know",
    AnswerRule => "answer_rule",
    ResultHeading => "result_heading",
    ResultStep => "result_step",
    ResultWhyHeading => "result_why_heading",
    WhyReachedOne => "why_reached_one",
    WhyReachedMany => "why_reached_many",
    WhyReachedAll => "why_reached_all",
    SummaryNextOne => "summary_next_one",
    SummaryNextMany => "summary_next_many",
    SummaryNextAll => "summary_next_all",
    SummaryOpen => "summary_open",
    SummaryStart => "summary_start",
    SummaryUnjudged => "summary_unjudged",
    BoardActionsHeading => "board_actions_heading",
    BoardActionFloor => "board_action_floor",
    BoardActionFloorSecond => "board_action_floor_second",
    BoardKeep => "board_keep",
    BoardShare => "board_share",
    KioskDone => "kiosk_done",
    KioskTakeAwayHeading => "kiosk_take_away_heading",
    ChartGapLegend => "chart_gap_legend",
    WhyNotStarted => "why_not_started",
    WhyNextMissing => "why_next_missing",
    WhyOpenBelowOne => "why_open_below_one",
    WhyOpenBelowMany => "why_open_below_many",
    WhyLittleEvidence => "why_little_evidence",
    WhyHoldingBack => "why_holding_back",
    WhyHoldingBackKeep => "why_holding_back_keep",
    WhyLowerGaps => "why_lower_gaps",
    WhyAmbitionReached => "why_ambition_reached",
    WhyNextMissingAll => "why_next_missing_all",
    WhyNextMissingOpen => "why_next_missing_open",
    WhyNothingHoldsBack => "why_nothing_holds_back",
    HoldingBackAll => "holding_back_all",
    MoveUpIntroBeyond => "move_up_intro_beyond",
    WhyHoldingBackStart => "why_holding_back_start",
    WhyHoldingBackItem => "why_holding_back_item",
    StepPlace => "step_place",
    StepPlaceNone => "step_place_none",
    StepLittleEvidence => "step_little_evidence",
    MoveUpHeading => "move_up_heading",
    MoveUpIntro => "move_up_intro",
    MoveUpChange => "move_up_change",
    MoveUpUnanswered => "move_up_unanswered",
    MoveUpTry => "move_up_try",
    MoveUpResult => "move_up_result",
    MoveUpNone => "move_up_none",
    MoveUpSaved => "move_up_saved",
    MoveUpTop => "move_up_top",
    MoveUpOutOfReach => "move_up_out_of_reach",
    UnknownHeading => "unknown_heading",
    UnknownIntro => "unknown_intro",
    RetiredIntro => "retired_intro",
    RetiredAsk => "retired_ask",
    TargetsEstimate => "targets_estimate",
    StepsHeading => "steps_heading",
    StepMet => "step_met",
    StepNotMet => "step_not_met",
    StepMissing => "step_missing",
    StepComplete => "step_complete",
    GapsHeading => "gaps_heading",
    GapsIntro => "gaps_intro",
    GapsNone => "gaps_none",
    GapStep => "gap_step",
    GapNotInPlace => "gap_not_in_place",
    GapDontKnow => "gap_dont_know",
    GapUnanswered => "gap_unanswered",
    EditAnswers => "edit_answers",
    Reset => "reset",
    ResetDone => "reset_done",
    Undo => "undo",
    NoticeCorrupt => "notice_corrupt",
    NoticeCorruptUnsaved => "notice_corrupt_unsaved",
    Dismiss => "dismiss",
    FooterPrivacy => "footer_privacy",
    ListAnd => "list_and",
    ProfileHeading => "profile_heading",
    ProfileIntro => "profile_intro",
    ProfileIndustry => "profile_industry",
    ProfileSize => "profile_size",
    ProfileAmbition => "profile_ambition",
    ProfileAmbitionHelp => "profile_ambition_help",
    ProfileChoose => "profile_choose",
    ProfileRequired => "profile_required",
    AmbitionOption => "ambition_option",
    PartProgress => "part_progress",
    PartQuestion => "part_question",
    OverviewOpen => "overview_open",
    OverviewHeading => "overview_heading",
    OverviewIntro => "overview_intro",
    OverviewProfile => "overview_profile",
    OverviewUnanswered => "overview_unanswered",
    OverviewContinue => "overview_continue",
    ResultProfile => "result_profile",
    ResultProvisional => "result_provisional",
    ResultCompleteness => "result_completeness",
    AnswerMore => "answer_more",
    DimensionsHeading => "dimensions_heading",
    DimensionsIntro => "dimensions_intro",
    DimensionScore => "dimension_score",
    DimensionUnscored => "dimension_unscored",
    AxesHeading => "axes_heading",
    AxesIntro => "axes_intro",
    AxisEfficiency => "axis_efficiency",
    AxisAddedValue => "axis_added_value",
    AmbitionHeading => "ambition_heading",
    AmbitionReached => "ambition_reached",
    AmbitionToGoOne => "ambition_to_go_one",
    AmbitionToGoMany => "ambition_to_go_many",
    AmbitionDimensions => "ambition_dimensions",
    AmbitionDimension => "ambition_dimension",
    AmbitionNoDimensions => "ambition_no_dimensions",
    AmbitionMissing => "ambition_missing",
    ContextHeading => "context_heading",
    ContextSource => "context_source",
    CrosswalkHeading => "crosswalk_heading",
    CrosswalkIntro => "crosswalk_intro",
    DmaHeading => "dma_heading",
    DmaScore => "dma_score",
    DmaUnscored => "dma_unscored",
    DiiHeading => "dii_heading",
    DiiEstimate => "dii_estimate",
    DiiRange => "dii_range",
    DiiExact => "dii_exact",
    MethodOpen => "method_open",
    MethodBack => "method_back",
    NoticeUpdated => "notice_updated",
    ListMore => "list_more",
    MethodHeading => "method_heading",
    MethodIntro => "method_intro",
    MethodStaircaseHeading => "method_staircase_heading",
    MethodStaircaseText => "method_staircase_text",
    MethodStepLine => "method_step_line",
    MethodStepRule => "method_step_rule",
    MethodSignWeight => "method_sign_weight",
    MethodPlacementHeading => "method_placement_heading",
    MethodPlacementText => "method_placement_text",
    MethodPlacementExample => "method_placement_example",
    MethodMoveUpText => "method_move_up_text",
    MethodEnablersHeading => "method_enablers_heading",
    MethodEnablersText => "method_enablers_text",
    MethodEnablerSteps => "method_enabler_steps",
    MethodEnablerNoStep => "method_enabler_no_step",
    MethodRoleSolution => "method_role_solution",
    MethodRoleEnabler => "method_role_enabler",
    MethodRoleEnablerNone => "method_role_enabler_none",
    MethodSourceSection => "method_source_section",
    MethodGapsText => "method_gaps_text",
    MethodAnswersHeading => "method_answers_heading",
    MethodAnswersText => "method_answers_text",
    MethodScaleAnswer => "method_scale_answer",
    MethodScalePoints => "method_scale_points",
    MethodScaleInPlace => "method_scale_in_place",
    MethodYes => "method_yes",
    MethodNo => "method_no",
    MethodNotRelevantText => "method_not_relevant_text",
    MethodDontKnowText => "method_dont_know_text",
    MethodProvisionalText => "method_provisional_text",
    MethodScoresHeading => "method_scores_heading",
    MethodScoresText => "method_scores_text",
    MethodDimension => "method_dimension",
    MethodQuestions => "method_questions",
    MethodTargets => "method_targets",
    MethodAmbitionHeading => "method_ambition_heading",
    MethodAmbitionText => "method_ambition_text",
    MethodCrosswalksHeading => "method_crosswalks_heading",
    MethodDmaText => "method_dma_text",
    MethodDmaDimension => "method_dma_dimension",
    MethodBands => "method_bands",
    MethodDiiText => "method_dii_text",
    MethodDiiIndicator => "method_dii_indicator",
    MethodDiiCondition => "method_dii_condition",
    MethodDiiNotAsked => "method_dii_not_asked",
    MethodDiiRule => "method_dii_rule",
    MethodDiiOr => "method_dii_or",
    MethodLevels => "method_levels",
    MethodQuestionsHeading => "method_questions_heading",
    MethodQuestion => "method_question",
    MethodSteps => "method_steps",
    MethodAxis => "method_axis",
    MethodAxisBoth => "method_axis_both",
    MethodSource => "method_source",
    AdviceHeading => "advice_heading",
    AdviceIntro => "advice_intro",
    AdviceConsolidate => "advice_consolidate",
    AdviceWhy => "advice_why",
    AdviceWhat => "advice_what",
    AdviceHow => "advice_how",
    AdviceReason => "advice_reason",
    AdviceReasonItem => "advice_reason_item",
    AdviceReasonItemNoStep => "advice_reason_item_no_step",
    AdviceGeneral => "advice_general",
    AdviceGeneralStrengthen => "advice_general_strengthen",
    NoticeNotSaved => "notice_not_saved",
    NoticeOtherTab => "notice_other_tab",
    ProfileStaff => "profile_staff",
    ProfileStaffHelp => "profile_staff_help",
    RoadmapFirst => "roadmap_first",
    AdviceReasonFloor => "advice_reason_floor",
    AdviceReasonFloorSecond => "advice_reason_floor_second",
    HelpConditions => "help_conditions",
    GuideOpen => "guide_open",
    GuideBack => "guide_back",
    AdviceEffort => "advice_effort",
    EffortHours => "effort_hours",
    EffortDays => "effort_days",
    EffortWeeks => "effort_weeks",
    StageInform => "stage_inform",
    StageDemonstrate => "stage_demonstrate",
    StageQualify => "stage_qualify",
    StageDesign => "stage_design",
    StageRealise => "stage_realise",
    AdviceHelpers => "advice_helpers",
    AdviceNoHelpers => "advice_no_helpers",
    RoutingHeading => "routing_heading",
    RoutingBasic => "routing_basic",
    RoutingSpecialist => "routing_specialist",
    RoutingLocalDk => "routing_local_dk",
    RoutingLocalNo => "routing_local_no",
    RoadmapHeading => "roadmap_heading",
    RoadmapNow => "roadmap_now",
    RoadmapNext => "roadmap_next",
    ContactsHeading => "contacts_heading",
    ContactsHeadingPlain => "contacts_heading_plain",
    ContactsIntro => "contacts_intro",
    ContactSend => "contact_send",
    ContactPhone => "contact_phone",
    ContactEmail => "contact_email",
    ContactWeb => "contact_web",
    MailSubject => "mail_subject",
    MailBody => "mail_body",
    ConfigError => "config_error",
    ConfigErrorDetails => "config_error_details",
    ConfigCheckHeading => "config_check_heading",
    ConfigCheckIntro => "config_check_intro",
    ConfigCheckAddress => "config_check_address",
    ConfigCheckLinks => "config_check_links",
    ConfigCheckOk => "config_check_ok",
    ConfigCheckSummary => "config_check_summary",
    ConfigCheckNone => "config_check_none",
    ConfigCheckRefused => "config_check_refused",
    ConfigCheckFailed => "config_check_failed",
    ConfigCheckProblems => "config_check_problems",
    ConfigCheckWaiting => "config_check_waiting",
    ConfigCheckBack => "config_check_back",
    ConfigWholeFile => "config_whole_file",
    ConfigProblemNotJson => "config_problem_not_json",
    ConfigProblemTooLarge => "config_problem_too_large",
    ConfigProblemUnknownField => "config_problem_unknown_field",
    ConfigProblemWrongType => "config_problem_wrong_type",
    ConfigProblemMissing => "config_problem_missing",
    ConfigProblemEmpty => "config_problem_empty",
    ConfigProblemUnsupportedVersion => "config_problem_unsupported_version",
    ConfigProblemNotAllowed => "config_problem_not_allowed",
    ConfigProblemUnknownEntry => "config_problem_unknown_entry",
    ConfigProblemDuplicate => "config_problem_duplicate",
    ConfigProblemBadEmail => "config_problem_bad_email",
    ConfigProblemBadPhone => "config_problem_bad_phone",
    ConfigProblemBadUrl => "config_problem_bad_url",
    ConfigProblemNoWayToReach => "config_problem_no_way_to_reach",
    ConfigProblemTooMany => "config_problem_too_many",
    ConfigProblemBadColour => "config_problem_bad_colour",
    ConfigProblemBadLogo => "config_problem_bad_logo",
    ConfigProblemLogoTooLarge => "config_problem_logo_too_large",
    ConfigProblemOutOfRange => "config_problem_out_of_range",
    ConfigColourAdjusted => "config_colour_adjusted",
    TypeText => "type_text",
    TypeNumber => "type_number",
    TypeList => "type_list",
    TypeObject => "type_object",
    CountryDk => "country_dk",
    CountryNo => "country_no",
    ChartStaircaseLabel => "chart_staircase_label",
    ChartHere => "chart_here",
    ChartAmbition => "chart_ambition",
    ChartRadarLabel => "chart_radar_label",
    ChartRadarCompany => "chart_radar_company",
    ChartRadarTarget => "chart_radar_target",
    ChartMapHeading => "chart_map_heading",
    ChartMapLabel => "chart_map_label",
    ChartMapPath => "chart_map_path",
    ChartMapSummary => "chart_map_summary",
    ChartMapNone => "chart_map_none",
    ShareHeading => "share_heading",
    ShareIntro => "share_intro",
    ShareCodeLabel => "share_code_label",
    ShareLinkLabel => "share_link_label",
    ShareCopy => "share_copy",
    ShareCopied => "share_copied",
    ShareCopyFailed => "share_copy_failed",
    ShareQrLabel => "share_qr_label",
    ShareKeep => "share_keep",
    ExportButton => "export_button",
    ImportHeading => "import_heading",
    RoomOpen => "room_open",
    RoomHeading => "room_heading",
    RoomIntro => "room_intro",
    RoomCodeLabel => "room_code_label",
    RoomAddMore => "room_add_more",
    RoomCodeHelp => "room_code_help",
    RoomAdd => "room_add",
    RoomAddedNew => "room_added_new",
    RoomAddedDuplicate => "room_added_duplicate",
    RoomAddedBad => "room_added_bad",
    RoomFull => "room_full",
    RoomCount => "room_count",
    RoomEmpty => "room_empty",
    RoomStepsHeading => "room_steps_heading",
    RoomStepsLabel => "room_steps_label",
    RoomStepColumn => "room_step_column",
    RoomCountColumn => "room_count_column",
    RoomSpreadHeading => "room_spread_heading",
    RoomSpreadIntro => "room_spread_intro",
    RoomSpreadLabel => "room_spread_label",
    RoomAreaColumn => "room_area_column",
    RoomMinColumn => "room_min_column",
    RoomMedianColumn => "room_median_column",
    RoomMaxColumn => "room_max_column",
    RoomDisagreeHeading => "room_disagree_heading",
    RoomDisagreeItem => "room_disagree_item",
    RoomDisagreeFew => "room_disagree_few",
    RoomClear => "room_clear",
    RoomClearConfirm => "room_clear_confirm",
    RoomClearYes => "room_clear_yes",
    RoomClearNo => "room_clear_no",
    RoomCleared => "room_cleared",
    RoomOtherTab => "room_other_tab",
    RoomPrint => "room_print",
    RoomHandoutTitle => "room_handout_title",
    RoomUnreadable => "room_unreadable",
    RoomUnreadableUnsaved => "room_unreadable_unsaved",
    HistoryUnreadableUnsaved => "history_unreadable_unsaved",
    RoomSheetOpen => "room_sheet_open",
    RoomPaperOpen => "room_paper_open",
    RoomBack => "room_back",
    SheetHeading => "sheet_heading",
    SheetIntro => "sheet_intro",
    SheetQuestionColumn => "sheet_question_column",
    SheetAnswerColumn => "sheet_answer_column",
    SheetPrint => "sheet_print",
    PaperHeading => "paper_heading",
    PaperIntro => "paper_intro",
    PaperLabel => "paper_label",
    PaperFilled => "paper_filled",
    PaperComplete => "paper_complete",
    PaperAdd => "paper_add",
    PaperAdded => "paper_added",
    PaperDuplicate => "paper_duplicate",
    PaperErrorCharacter => "paper_error_character",
    PaperErrorOption => "paper_error_option",
    PaperErrorNotRelevant => "paper_error_not_relevant",
    PaperErrorDontKnow => "paper_error_dont_know",
    PaperErrorTooMany => "paper_error_too_many",
    ImportCodeLabel => "import_code_label",
    ImportCodeButton => "import_code_button",
    ImportFileLabel => "import_file_label",
    FileChoose => "file_choose",
    ImportErrorEmpty => "import_error_empty",
    ImportErrorNotCode => "import_error_not_code",
    ImportErrorLength => "import_error_length",
    ImportErrorMistyped => "import_error_mistyped",
    ImportErrorNewer => "import_error_newer",
    ImportErrorDamaged => "import_error_damaged",
    ImportErrorFileForeign => "import_error_file_foreign",
    ImportErrorFileNewer => "import_error_file_newer",
    ImportErrorFileDamaged => "import_error_file_damaged",
    ImportErrorFileUnreadable => "import_error_file_unreadable",
    SharedHeading => "shared_heading",
    SharedIntro => "shared_intro",
    SharedContinue => "shared_continue",
    SharedContinueReplaces => "shared_continue_replaces",
    SharedClose => "shared_close",
    SharedTaken => "shared_taken",
    ShareLinkFailed => "share_link_failed",
    PrintButton => "print_button",
    ReportNameLabel => "report_name_label",
    ReportNameHelp => "report_name_help",
    ReportTitle => "report_title",
    ReportDate => "report_date",
    ReportCode => "report_code",
    HistoryHeading => "history_heading",
    HistoryIntro => "history_intro",
    HistoryKeep => "history_keep",
    HistoryKept => "history_kept",
    HistoryEmpty => "history_empty",
    HistoryEntry => "history_entry",
    HistoryNameLabel => "history_name_label",
    HistoryDelete => "history_delete",
    HistoryDeleteLabel => "history_delete_label",
    HistoryUnreadable => "history_unreadable",
    HistoryNotSaved => "history_not_saved",
    HistoryOtherTab => "history_other_tab",
    CompareThen => "compare_then",
    CompareNow => "compare_now",
    CompareButton => "compare_button",
    CompareHeading => "compare_heading",
    CompareSteps => "compare_steps",
    CompareRescored => "compare_rescored",
    CompareArea => "compare_area",
    CompareChange => "compare_change",
    CompareAdded => "compare_added",
    CompareRetired => "compare_retired",
    CompareChartLabel => "compare_chart_label",
    CompareSame => "compare_same",
    ModeStandard => "mode_standard",
    ModeEmbed => "mode_embed",
    ModeProjector => "mode_projector",
    ModeKiosk => "mode_kiosk",
    EmbedHeading => "embed_heading",
    EmbedIntro => "embed_intro",
    EmbedLanguage => "embed_language",
    EmbedMode => "embed_mode",
    EmbedPrimary => "embed_primary",
    EmbedAccent => "embed_accent",
    EmbedColourHelp => "embed_colour_help",
    EmbedLogo => "embed_logo",
    EmbedLogoHelp => "embed_logo_help",
    EmbedLogoRemove => "embed_logo_remove",
    EmbedOrganisation => "embed_organisation",
    EmbedPublicUrl => "embed_public_url",
    EmbedContacts => "embed_contacts",
    EmbedContactName => "embed_contact_name",
    EmbedContactRole => "embed_contact_role",
    EmbedAddContact => "embed_add_contact",
    EmbedPreview => "embed_preview",
    EmbedCheckHeading => "embed_check_heading",
    EmbedAllGood => "embed_all_good",
    EmbedSnippetHeading => "embed_snippet_heading",
    EmbedSnippetHelp => "embed_snippet_help",
    EmbedCopy => "embed_copy",
    EmbedDownload => "embed_download",
    EmbedDownloadHelp => "embed_download_help",
    IdleHeading => "idle_heading",
    IdleText => "idle_text",
    IdleContinue => "idle_continue",
    KioskTakeAway => "kiosk_take_away",
    StorageBlocked => "storage_blocked",
    ProjectorJoin => "projector_join",
    ProjectorQrLabel => "projector_qr_label",
    ProjectorKeys => "projector_keys",
}

/// Why a language file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextsError {
    /// Not JSON, or not the shape of a language file.
    Shape(String),
    /// The file is for another language than the one asked for.
    WrongLanguage { expected: Lang, found: Lang },
    /// A UI string is missing (its key is named).
    MissingUi(&'static str),
}

impl fmt::Display for TextsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextsError::Shape(why) => write!(f, "the language file is not readable: {why}"),
            TextsError::WrongLanguage { expected, found } => {
                write!(f, "the language file for {} holds {} texts", expected.code(), found.code())
            }
            TextsError::MissingUi(key) => write!(f, "the UI string `ui.{key}` is missing"),
        }
    }
}

/// The built file of `lang`'s texts, in `content/i18n/`: its name carries a hash of the
/// language files ([`crate::builtin::TEXTS_VERSION`]), so a host may cache it as immutable.
/// Written (minified) by `content build-texts`, fetched by the app.
pub fn file_name(lang: crate::Lang) -> String {
    format!("{}.{}.json", lang.code(), crate::builtin::TEXTS_VERSION)
}

/// Everything shown to a user in one language.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    pub lang: Lang,
    texts: Dict,
}

impl Texts {
    /// Reads the whole language file for `lang`. Refuses a file for another language, or
    /// one without every UI string.
    pub fn parse(lang: Lang, json: &str) -> Result<Texts, TextsError> {
        Texts::read(lang, json)?.holding(Ui::ALL.iter().copied())
    }

    fn read(lang: Lang, json: &str) -> Result<Texts, TextsError> {
        let texts: Texts = serde_json::from_str(json).map_err(|e| TextsError::Shape(e.to_string()))?;
        if texts.lang != lang {
            return Err(TextsError::WrongLanguage { expected: lang, found: texts.lang });
        }
        Ok(texts)
    }

    /// These texts, if they hold every one of `strings`.
    fn holding(self, mut strings: impl Iterator<Item = Ui>) -> Result<Texts, TextsError> {
        match strings.find(|u| self.texts.get(&format!("ui.{}", u.key())).is_none()) {
            Some(missing) => Err(TextsError::MissingUi(missing.key())),
            None => Ok(self),
        }
    }

    /// The text under `key`, if the file has it.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.texts.get(key)
    }

    /// Every key in the file, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.texts.0.iter().map(|(k, _)| k.as_ref())
    }

    /// One of the app's own strings ([`Texts::parse`] guarantees it exists; otherwise the
    /// key is shown, so a gap is visible rather than blank).
    pub fn ui(&self, string: Ui) -> &str {
        self.get(&format!("ui.{}", string.key())).unwrap_or(string.key())
    }

    /// Where a company stands, for use inside a sentence: "trin 3", or "ikke på trin 1
    /// endnu" for step 0 (never "trin 0" or "trin 1").
    pub fn place(&self, step: u8) -> String {
        match step {
            0 => self.ui(Ui::StepPlaceNone).to_string(),
            n => fill(self.ui(Ui::StepPlace), &[("step", &n.to_string())]),
        }
    }

    /// A step's name; step 0 is "not yet on step 1".
    pub fn step_name(&self, step: u8) -> &str {
        self.get(&format!("step.{step}.name")).unwrap_or("")
    }

    /// What a step looks like; step 0 is "not yet on step 1".
    pub fn step_summary(&self, step: u8) -> &str {
        self.get(&format!("step.{step}.summary")).unwrap_or("")
    }

    pub fn dimension_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.get(&format!("dimension.{id}.name")).unwrap_or(id)
    }

    /// A question's texts, each falling back to the question's ID (never blank).
    pub fn question<'a>(&'a self, id: &'a str) -> QuestionView<'a> {
        QuestionView { texts: self, id }
    }

    /// The label of an option: the question's own wording, else the scale's, else the value.
    pub fn option_label(&self, question: &str, scale: &str, value: u8) -> String {
        self.get(&format!("question.{question}.option.{value}"))
            .or_else(|| self.get(&format!("scale.{scale}.{value}")))
            .map_or_else(|| value.to_string(), str::to_string)
    }

    /// Joins items as a sentence lists them: "a", "a og b", "a, b og c".
    pub fn join_list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {}", init.join(", "), self.ui(Ui::ListAnd), last),
        }
    }
}

/// A question's texts with a fallback to its ID.
pub struct QuestionView<'a> {
    texts: &'a Texts,
    id: &'a str,
}

impl<'a> QuestionView<'a> {
    fn field(&self, field: &str) -> &'a str {
        self.texts.get(&format!("question.{}.{field}", self.id)).unwrap_or(self.id)
    }
    pub fn text(&self) -> &'a str {
        self.field("text")
    }
    pub fn help(&self) -> &'a str {
        self.texts.get(&format!("question.{}.help", self.id)).unwrap_or("")
    }
    pub fn short(&self) -> &'a str {
        self.field("short")
    }
}

/// A key-to-text table kept as a sorted list (small to parse and to search).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Dict(Vec<(Box<str>, Box<str>)>);

impl Dict {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.binary_search_by(|(k, _)| k.as_ref().cmp(key)).ok().map(|i| self.0[i].1.as_ref())
    }
}

impl Serialize for Dict {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k.as_ref(), v.as_ref())))
    }
}

impl<'de> Deserialize<'de> for Dict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DictVisitor;
        impl<'de> Visitor<'de> for DictVisitor {
            type Value = Dict;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a table of texts")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Dict, M::Error> {
                let mut entries: Vec<(Box<str>, Box<str>)> = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    entries.push((k.into(), v.into()));
                }
                entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
                if let Some(pair) = entries.windows(2).find(|p| p[0].0 == p[1].0) {
                    return Err(serde::de::Error::custom(format!("the key {} appears twice", pair[0].0)));
                }
                Ok(Dict(entries))
            }
        }
        d.deserialize_map(DictVisitor)
    }
}

/// Fills `{name}` placeholders. Unknown placeholders are left as they are, so a mistake
/// shows up on screen and in the placeholder test rather than vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Splits a template around one placeholder, for views that put an element in its place
/// (e.g. the step number in its own element). Without the placeholder, all is "before".
pub fn split_at<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    let mark = format!("{{{name}}}");
    match template.find(&mark) {
        Some(at) => (&template[..at], &template[at + mark.len()..]),
        None => (template, ""),
    }
}

/// The placeholder names in a template, sorted, e.g. `["n", "total"]`.
pub fn placeholders(template: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(after[..close].to_string());
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_occurrence_and_keeps_unknown_placeholders() {
        assert_eq!(fill("Trin {n} af {total}", &[("n", "2"), ("total", "5")]), "Trin 2 af 5");
        assert_eq!(fill("{a}{a}", &[("a", "x")]), "xx");
        assert_eq!(fill("{b}", &[("a", "x")]), "{b}");
    }

    #[test]
    fn split_at_finds_the_placeholder() {
        assert_eq!(split_at("Trin {step} af 5", "step"), ("Trin ", " af 5"));
        assert_eq!(split_at("Step {step}", "step"), ("Step ", ""));
        assert_eq!(split_at("no mark", "step"), ("no mark", ""));
    }

    #[test]
    fn placeholders_are_listed_sorted_and_unique() {
        assert_eq!(placeholders("{total} {n} {n}"), vec!["n", "total"]);
        assert!(placeholders("none").is_empty());
        assert!(placeholders("{unclosed").is_empty());
    }
}
