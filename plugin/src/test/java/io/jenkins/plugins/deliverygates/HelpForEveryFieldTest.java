package io.jenkins.plugins.deliverygates;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Descriptor;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.structs.describable.DescribableParameter;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.DataBoundSetter;

/** Every field of every step, build step and global setting of the plugin has a help text, and every form a title. */
@WithJenkins
class HelpForEveryFieldTest {
    @Test
    void everyFieldHasHelp(JenkinsRule j) throws Exception {
        // Descriptor.getHelpFile looks the help up through the current request's views: ask inside a request.
        j.executeOnServer(() -> {
            check(j);
            return null;
        });
    }

    private static void check(JenkinsRule j) {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Descriptor<?> descriptor : j.jenkins.getExtensionList(Descriptor.class)) {
            if (!descriptor.getClass().getName().startsWith("io.jenkins.plugins.deliverygates.")) {
                continue;
            }
            assertThat(descriptor.getDisplayName()).as(descriptor.getId()).isNotBlank()
                    .isNotEqualTo(descriptor.clazz.getSimpleName());
            for (String field : fields(descriptor)) {
                checked++;
                if (descriptor.getHelpFile(field) == null) {
                    missing.add(descriptor.clazz.getSimpleName() + "." + field);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(checked).isGreaterThan(60);
    }

    private static Set<String> fields(Descriptor<?> descriptor) {
        Set<String> fields = new TreeSet<>();
        if (descriptor instanceof GlobalConfiguration) {
            for (Method method : descriptor.getClass().getMethods()) {
                if (method.isAnnotationPresent(DataBoundSetter.class)) {
                    fields.add(Introspector.decapitalize(method.getName().substring(3)));
                }
            }
            return fields;
        }
        for (DescribableParameter parameter : DescribableModel.of(descriptor.clazz).getParameters()) {
            fields.add(parameter.getName());
        }
        return fields;
    }
}
