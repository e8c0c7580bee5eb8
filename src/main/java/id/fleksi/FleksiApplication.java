package id.fleksi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FleksiApplication {

    public static void main(String[] args) {
        SpringApplication.run(FleksiApplication.class, args);
    }
}
