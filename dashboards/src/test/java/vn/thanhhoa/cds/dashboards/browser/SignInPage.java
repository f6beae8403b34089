package vn.thanhhoa.cds.dashboards.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs in through the login page as a person would: name, password, the button, then waits to leave the page. */
public final class SignInPage {

    private SignInPage() {
    }

    public static void signIn(ChromeDriver browser, String baseUrl, String login, String password) {
        browser.get(baseUrl + "dang-nhap");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ten"))).sendKeys(login);
        browser.findElement(By.id("mat-khau")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
        wait.until(driver -> !driver.getCurrentUrl().contains("/dang-nhap"));
    }
}
