package io.jenkins.plugins.deliverygates.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.XmlFile;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Run;
import hudson.model.Saveable;
import hudson.model.TaskListener;
import hudson.model.listeners.SaveableListener;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The end-of-build listener runs for every build of every job: it must write nothing where nothing is open. */
@WithJenkins
class UnfinishedPromotionListenerTest {
    @Test
    void aBuildThatPromotedNothingIsNotSavedAgain(JenkinsRule j) throws Exception {
        FreeStyleBuild build = j.buildAndAssertSuccess(j.createFreeStyleProject());
        RunSaves saves = SaveableListener.all().get(RunSaves.class);
        saves.count.set(0);

        j.jenkins.getExtensionList(UnfinishedPromotionListener.class).get(0).onCompleted(build, TaskListener.NULL);

        assertEquals(0, saves.count.get());
    }

    @Test
    void aBuildWithAnOpenPromotionIsFinishedAndSavedOnce(JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new PromotionStartBuilder("dev", "1.0"));
        FreeStyleBuild build = j.buildAndAssertSuccess(project); // no finish recorder: the listener finished it
        assertEquals(List.of(EventType.DEPLOYMENT_STARTED, EventType.DEPLOYMENT_FINISHED),
                DeliveryEvents.of(project).stream().map(LedgerEvent::type).toList());
        RunSaves saves = SaveableListener.all().get(RunSaves.class);
        saves.count.set(0);

        j.jenkins.getExtensionList(UnfinishedPromotionListener.class).get(0).onCompleted(build, TaskListener.NULL);

        assertEquals(0, saves.count.get()); // already finished: nothing to do a second time
        assertEquals(2, DeliveryEvents.of(project).size());
    }

    /** Counts saves of builds. */
    @TestExtension
    public static final class RunSaves extends SaveableListener {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void onChange(Saveable o, XmlFile file) {
            if (o instanceof Run) {
                count.incrementAndGet();
            }
        }
    }
}
