package io.github.copilot4j.it.conformance;

import io.github.copilot4j.testkit.ReplayMismatch;
import io.github.copilot4j.testkit.ReplaySnapshot.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A known difference between what CLI 1.0.102 sends the model and what the recordings (CLI 1.0.81) hold. Some are
 * pure rewording of text the CLI writes itself; those have a bridge that turns the live text back into the recorded
 * one, so the rest of the recorded conversation (and the SDK behaviour it exercises) still replays. Others are
 * requests the CLI makes besides the recorded conversation, which the scenario may tolerate. A recording
 * registered with a drift that still does not match is reported not applicable, with the live difference as
 * evidence.
 */
enum Drift {

    /** {@code view} printed {@code N. } before every line of a file; 1.0.102 prints the bare lines. */
    VIEW_LINE_NUMBERS("CLI 1.0.102's built-in view tool no longer prefixes line numbers", "view",
            Drift::numberLines),

    /** The denial the model sees when nobody could approve grew a second sentence. */
    DENIAL_WORDING("CLI 1.0.102 appends \"Copilot needed the user's approval and no one could answer.\" to the "
            + "denial it gives the model when nobody could approve", "*", Drift::recordedDenial),

    /** The recording's CLI offered no built-in tools to a session with hooks; 1.0.102 does. */
    NO_BUILT_IN_TOOLS_WITH_HOOKS("the recording's CLI offered no built-in tools to a session with hooks (recorded "
            + "'Tool 'view' does not exist. Available tools that can be called are report_intent.'), CLI 1.0.102 runs "
            + "view", null, null),

    /** After a compaction that leaves the context above the threshold, 1.0.102 compacts again at once. */
    REPEATED_COMPACTION("CLI 1.0.102 compacts again right after a compaction that leaves the context above the "
            + "background threshold; the recording has one compaction, so the second compaction request is not "
            + "recorded (it fails in the background and the session goes on)", null, null) {
        @Override
        boolean tolerates(ReplayMismatch mismatch) {
            List<Message> request = mismatch.request();
            Message last = request.isEmpty() ? null : request.get(request.size() - 1);
            return last != null && last.role().equals("user") && "${compaction_prompt}".equals(last.content());
        }
    },

    /** A client's tools going away was announced to the model; 1.0.102 only drops them from the tool list. */
    TOOLS_CHANGED_NOTICE("CLI 1.0.102 no longer puts a <tools_changed_notice> ('Tools no longer available: …') "
            + "before the next prompt when a client's tools go away; it only drops them from the tool list", null,
            null),

    /** The built-in explore sub-agent runs on another model, which the recording's model catalog lacks. */
    SUB_AGENT_MODEL("CLI 1.0.102 runs the built-in explore sub-agent on claude-sonnet-5, which the recording's model "
            + "catalog lacks, so the task tool fails", null, null) {
        @Override
        boolean explains(ReplayMismatch mismatch) {
            Message live = mismatch.requestMessage();
            return live != null && live.content() != null && live.content().contains("is not available");
        }
    },

    /** The recording's CLI followed a viewed image with a user message carrying it; 1.0.102 does not. */
    VIEWED_IMAGE_MESSAGE("CLI 1.0.102 no longer follows the view tool's 'Viewed image file successfully.' with a "
            + "user message 'Image file at path …' carrying the image", null, null),

    /** A prompt sent in plan mode reached the model as it was; 1.0.102 puts a mode-change notice before it. */
    MODE_CHANGED_NOTICE("CLI 1.0.102 puts a <mode_changed_notice> with the plan-mode instructions before a prompt "
            + "sent with agentMode plan", null, null),

    /** The recording's CLI answered {@code report_intent} calls; 1.0.102 has no such tool. */
    REPORT_INTENT("the recording's CLI had a report_intent tool (recorded result 'Intent logged') that CLI 1.0.102 "
            + "lacks", null, null);

    private static final String DENIAL = "Permission denied and could not request permission from user";
    private static final String DENIAL_SECOND_SENTENCE =
            ". Copilot needed the user's approval and no one could answer.";

    private final String description;
    private final @Nullable String toolName;
    private final @Nullable UnaryOperator<String> bridge;

    Drift(String description, @Nullable String toolName, @Nullable UnaryOperator<String> bridge) {
        this.description = description;
        this.toolName = toolName;
        this.bridge = bridge;
    }

    /** What changed, naming the CLI behaviour. */
    String description() {
        return description;
    }

    /** The tool whose results the bridge rewrites ({@code *} for all), or null when there is no bridge. */
    @Nullable String toolName() {
        return toolName;
    }

    /** The live tool result turned into the recorded form; the result itself when this drift does not touch it. */
    String bridge(String liveResult) {
        return bridge == null ? liveResult : bridge.apply(liveResult);
    }

    boolean bridgeable() {
        return bridge != null;
    }

    /** Whether this drift can explain {@code mismatch}; a drift that cannot is left out of the reason. */
    boolean explains(ReplayMismatch mismatch) {
        Message recorded = mismatch.recordedMessage();
        return switch (this) {
            case VIEW_LINE_NUMBERS -> recorded != null && recorded.content() != null
                    && recorded.content().matches("(?s)\\d+\\..*");
            case DENIAL_WORDING -> recorded != null && recorded.content() != null
                    && recorded.content().contains("Permission denied");
            default -> true;
        };
    }

    /**
     * Whether {@code mismatch} is a request CLI 1.0.102 makes besides the recorded conversation, which the scenario
     * may ignore while this drift is bridged.
     */
    boolean tolerates(ReplayMismatch mismatch) {
        return false;
    }

    private static String numberLines(String text) {
        String[] lines = text.split("\n", -1);
        List<String> numbered = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            numbered.add((i + 1) + "." + (lines[i].isEmpty() ? "" : " " + lines[i]));
        }
        return String.join("\n", numbered);
    }

    private static String recordedDenial(String text) {
        return text.equals(DENIAL + DENIAL_SECOND_SENTENCE) ? DENIAL : text;
    }
}
