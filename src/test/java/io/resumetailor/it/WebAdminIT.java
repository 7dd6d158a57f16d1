package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An operator's journey: find a user and change their role, change a setting, read usage and cost. */
class WebAdminIT {

    @RegisterExtension
    static final Browser browser = new Browser("admin");

    @Test
    void operatorJourney() {
        SignedInUser target = SignedInUser.create("promote-me");
        var resume = target.api().post("/api/resumes", ResumesIT.body("For the report", ResumesIT.CONTENT));
        assertEquals(201, resume.status(), resume.toString());
        assertEquals(200, target.api().get("/api/resumes/" + resume.json().getString("id") + "/export?format=json").status());
        SignedInUser root = SignedInUser.signIn(TestConfig.SUPER_ADMIN_EMAIL);

        browser.open("/sign-in");
        browser.type("input[type=email]", TestConfig.SUPER_ADMIN_EMAIL);
        browser.find("input[type=email]").sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitForPath("/vacancies");
        browser.press("Admin");
        browser.waitForPath("/admin/users");
        browser.waitFor(".users .user");

        browser.type("input[name=email]", target.email());
        browser.press("Search");
        browser.until(d -> browser.all(".users .user").size() == 1 ? Boolean.TRUE : null);
        WebElement row = browser.find(".users .user");
        assertEquals(target.email(), row.findElement(By.cssSelector(".item-title")).getText());
        new Select(row.findElement(By.cssSelector("select"))).selectByValue("friend");
        row.findElement(By.cssSelector("button")).click();
        browser.waitForText("Now Friend (higher limits); effective on their next request.");
        assertEquals("friend", root.api().get("/api/admin/users?email=" + target.email()).json()
                .getJsonArray("items").getJsonObject(0).getString("role"));
        browser.screen("users");

        var settings = root.api().get("/api/admin/settings").structure().asJsonArray();
        BigDecimal original = settings.stream().map(v -> v.asJsonObject()).filter(s -> s.getString("key").equals("global_budget_cap"))
                .findFirst().orElseThrow().getJsonNumber("value").bigDecimalValue();
        try {
            browser.press("Settings");
            browser.waitFor(".settings");
            assertTrue(browser.bodyText().contains("type yes/no") && browser.bodyText().contains("type number")
                    && browser.bodyText().contains("type text"), browser.bodyText());
            WebElement budget = browser.all(".setting").stream().filter(s -> s.getText().contains("global_budget_cap")).findFirst().orElseThrow();
            WebElement input = budget.findElement(By.cssSelector("input[type=number]"));
            input.clear();
            input.sendKeys(original.add(BigDecimal.ONE).toPlainString());
            budget.findElement(By.cssSelector("button")).click();
            browser.waitForText("Saved; every instance uses it within a second.");
            assertEquals(0, original.add(BigDecimal.ONE).compareTo(root.api().get("/api/admin/settings").structure().asJsonArray()
                    .stream().map(v -> v.asJsonObject()).filter(s -> s.getString("key").equals("global_budget_cap"))
                    .findFirst().orElseThrow().getJsonNumber("value").bigDecimalValue()));
            browser.screen("settings");
        } finally {
            assertEquals(200, root.api().put("/api/admin/settings/global_budget_cap", "{\"value\":" + original.toPlainString() + "}").status());
        }

        browser.press("Usage and cost");
        browser.waitFor("svg.chart");
        assertTrue(browser.all("svg.chart rect").size() > 0, "no bars");
        assertTrue(browser.find("svg.chart title").getAttribute("textContent").startsWith("Calls per day"),
                browser.find("svg.chart title").getAttribute("textContent"));
        assertTrue(browser.find(".report-table").getText().contains("Export"), browser.find(".report-table").getText());
        browser.screen("usage-calls");
        new Select(browser.find("select[name=metric]")).selectByValue("cost");
        browser.until(d -> browser.find("svg.chart title").getAttribute("textContent").startsWith("Cost (USD) per day") ? Boolean.TRUE : null);
        browser.screen("usage-cost");
    }
}
